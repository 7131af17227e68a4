package nl.gesprekswijzer.kafka;

/** What an advice event on the advice topic holds. */
enum AdviceForm {
  /**
   * The service's dataless {@code advice.given} webhook event: whose advice, the agenda's topics, the
   * deadlines and the follow-up date; never the situation, never a text. The default, for a topic
   * others may read.
   */
  DATALESS,
  /**
   * The same event with the whole advice in {@code advice}, texts included: only for a topic the
   * platform owns and guards as it guards its own HR data.
   */
  FULL
}
