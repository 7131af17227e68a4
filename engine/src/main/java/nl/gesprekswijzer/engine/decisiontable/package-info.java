/**
 * Decision tables: spreadsheets ({@code rules/**.xlsx}) in Drools' RuleSet/RuleTable layout, in
 * which each row below a table's header becomes a rule. Read here cell by cell, exactly as Drools'
 * own parser sees each cell, so that every problem, the engine's own checks and Drools' compile
 * errors alike, names the cell policy staff typed ({@code CAO!C12}) rather than the rules Drools
 * generates from it.
 */
@NullMarked
package nl.gesprekswijzer.engine.decisiontable;

import org.jspecify.annotations.NullMarked;
