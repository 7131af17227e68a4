/**
 * {@code gesprekswijzer}, the command-line tool for policy staff: export the default rule set into
 * a folder, check a folder (compile it and run its scenarios), and advise on one situation. One
 * class per subcommand; exit codes are part of the interface: 0 fine, 1 findings, 2 could not run.
 */
@NullMarked
package nl.gesprekswijzer.cli;

import org.jspecify.annotations.NullMarked;
