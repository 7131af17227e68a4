package nl.gesprekswijzer.sample;

import java.util.List;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.AdvisoryEngine;
import org.springframework.stereotype.Service;

/** The platform's own code, which only needs the engine injected. */
@Service
public class ConversationPlanner {

  private final AdvisoryEngine engine;

  public ConversationPlanner(AdvisoryEngine engine) {
    this.engine = engine;
  }

  /** The agenda titles of the conversation, in order. */
  public List<String> agenda(AdviceRequest situation) {
    return engine.advise(situation).agenda().stream().map(AgendaItem::title).toList();
  }
}
