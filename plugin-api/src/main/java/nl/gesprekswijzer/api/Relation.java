package nl.gesprekswijzer.api;

/** How the person cared for relates to the employee. */
public enum Relation {
  PARTNER,
  CHILD,
  PARENT,
  HOUSEMATE,
  /** Other family, such as a brother, sister, grandparent or grandchild. */
  OTHER_FAMILY,
  /** A friend or neighbour. */
  SOCIAL
}
