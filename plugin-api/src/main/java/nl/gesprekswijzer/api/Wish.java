package nl.gesprekswijzer.api;

/** What the employee would like to discuss or change. */
public enum Wish {
  FEWER_HOURS,
  FLEXIBLE_TIMES,
  REMOTE_WORK,
  TASK_ADJUSTMENT,
  LEAVE,
  DEVELOPMENT,
  OTHER_ROLE
}
