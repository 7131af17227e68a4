package nl.gesprekswijzer.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.gesprekswijzer.spi.AdviceEvent;
import nl.gesprekswijzer.spi.AdviceListener;
import org.springframework.stereotype.Component;

/**
 * A listener as a platform would write one: it keeps only the follow-up date of each advice (to
 * plan a reminder), nothing of the situation.
 */
@Component
public class FollowUpReminders implements AdviceListener {

  private final List<LocalDate> dates = new CopyOnWriteArrayList<>();

  @Override
  public void onAdvice(AdviceEvent event) {
    dates.add(event.response().followUp().nextDate());
  }

  public List<LocalDate> dates() {
    return List.copyOf(dates);
  }
}
