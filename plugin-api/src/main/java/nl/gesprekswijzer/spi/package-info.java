/**
 * What an HR platform <em>implements</em> to plug into Gesprekswijzer, each found with {@link
 * java.util.ServiceLoader} (list the class in {@code META-INF/services/<interface name>}) or handed
 * to the engine's builder:
 *
 * <ul>
 *   <li>{@link nl.gesprekswijzer.spi.RuleSetSource}: where a rule set's files come from;
 *   <li>{@link nl.gesprekswijzer.spi.SituationSource}: builds a request from the platform's own
 *       data about an employee ({@link nl.gesprekswijzer.spi.PlatformData}, {@link
 *       nl.gesprekswijzer.spi.CallerInput}, {@link nl.gesprekswijzer.spi.SituationException});
 *   <li>{@link nl.gesprekswijzer.spi.CaoCatalog}: a tenant's own CAO figures on top of the rule
 *       set's ({@link nl.gesprekswijzer.spi.CaoFigures});
 *   <li>{@link nl.gesprekswijzer.spi.AdviceListener}: receives every advice given ({@link
 *       nl.gesprekswijzer.spi.AdviceEvent}).
 * </ul>
 *
 * <p>Stability, by the project's version number. Within a major version an implementation written
 * against an earlier minor version keeps compiling and keeps working: a minor version may add an
 * interface, add a method to an interface only with a default implementation that keeps the old
 * behaviour, add a record only a new way to build it (a factory, a {@code with…} method, a
 * constructor without the new component), and add a component to a record only as an optional
 * (nullable) one with a constructor without it. A patch version changes no signature. Removing or
 * renaming an interface, a method or a record component, adding an abstract method, or changing
 * what a method is called for waits for a major version, announced in the changelog one minor
 * version before.
 */
@NullMarked
package nl.gesprekswijzer.spi;

import org.jspecify.annotations.NullMarked;
