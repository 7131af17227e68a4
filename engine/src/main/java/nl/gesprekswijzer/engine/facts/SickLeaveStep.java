package nl.gesprekswijzer.engine.facts;

/**
 * A step of the Wet verbetering poortwachter that the employer must have taken by a deadline; a
 * text names it as {@code value.SickLeaveStep.<STEP>}.
 */
public enum SickLeaveStep {
  REPORT_TO_OCCUPATIONAL_DOCTOR,
  PROBLEM_ANALYSIS,
  ACTION_PLAN,
  FIRST_YEAR_EVALUATION
}
