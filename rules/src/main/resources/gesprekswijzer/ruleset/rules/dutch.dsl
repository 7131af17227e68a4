# De Nederlandse zinnen van de regels (Drools DSL). Een regel in een .dslr-bestand schrijft elke
# voorwaarde en elke actie als een van deze zinnen, een zin per regel:
#
#   rule "care-agenda-entitlements"
#   when
#       het gesprek gaat over werk en zorg
#       de medewerker zorgt voor iemand
#       er is geen korte noodsituatie
#   then
#       noem de werkuren per week
#       zet ENTITLEMENTS op de agenda met volgnummer 40
#   end
#
# Alle voorwaarden onder "when" moeten gelden; dan voert de regel de acties onder "then" uit.
#
# Hoe dit bestand werkt. Elke zin staat op een eigen regel: [when] voor een voorwaarde, [then] voor
# een actie, dan de zin, een "=" en de DRL waar de zin voor staat. Een {plaatshouder} in de zin
# neemt over wat de regel daar schrijft; {rang:\d+} neemt alleen cijfers, {onderwerp:[A-Z_]+} alleen
# een code in hoofdletters. Het bouwen van de regels controleert dit bestand: een zin die het niet
# kent, een plaatshouder die de DRL noemt maar de zin niet heeft, een parameter die niet bestaat,
# elk probleem wordt gemeld met bestand en regelnummer van wat u schreef.
#
# - Geen getallen in zinnen: een grens is een parameter met datum en bron (parameters/*.yaml), en de
#  zin noemt die in woorden ("de grens voor intensieve zorg"). Alleen het volgnummer, dat de
#  volgorde van agenda, tips en checklist bepaalt, schrijft de regel als getal.
# - Een langere zin staat boven een kortere die er het begin van is ("de medewerker zorgt voor iemand
#  in een plotselinge noodsituatie" boven "de medewerker zorgt voor iemand"): de zinnen worden in
#  deze volgorde gelezen.
# - De woorden die een actie noemt (noem de wensen, noem deze naasten) zijn de waarden die de teksten
#  van het advies tonen, zoals {wishes} en {people} in texts/.
# - Wat in geen zin past, schrijft een regel als DRL na een ">" aan het begin van de regel, of in een
#  .drl-bestand.
#
# English, for developers: the sentences of the Dutch rule language. Each [when] sentence stands for
# DRL conditions, each [then] sentence for a call on the advice global. Sentences bind the variables
# later sentences use ($gesprek, $naasten, $kind, $intensieveZorg); the comments say which.


# ---- Het gesprek ----

# Het gesprek over werk en mantelzorg (CARE_BALANCE). Bindt $gesprek, waar "noem de ..." uit leest.
#   het gesprek gaat over werk en zorg
[when]het gesprek gaat over werk en zorg=$gesprek : Situation( type == ConversationType.CARE_BALANCE )

# Elk soort gesprek; alleen nodig waar een actie iets uit het gesprek noemt. Bindt $gesprek.
#   in elk soort gesprek
[when]in elk soort gesprek=$gesprek : Situation( )

# Het verzoek noemt de datum van het vorige gesprek van deze soort.
#   de datum van het vorige gesprek is bekend
[when]de datum van het vorige gesprek is bekend=Situation( lastHeldOn != null )


# ---- Voor wie de medewerker zorgt ----

# Iemand voor wie de medewerker zorgt, is plotseling in nood (EMERGENCY); hoe lang al doet niet ter
# zake. Bindt deze naasten ($naasten): iedereen in die situatie.
#   de medewerker zorgt voor iemand in een plotselinge noodsituatie
[when]de medewerker zorgt voor iemand in een plotselinge noodsituatie=$naasten : List( size > 0 ) from collect( Care( situation == CareSituation.EMERGENCY ) )

# Iemand voor wie de medewerker zorgt, is in de laatste levensfase (PALLIATIVE). Bindt deze naasten.
#   de medewerker zorgt voor iemand in de laatste levensfase
[when]de medewerker zorgt voor iemand in de laatste levensfase=$naasten : List( size > 0 ) from collect( Care( situation == CareSituation.PALLIATIVE ) )

# Iemand is ernstig ziek (SERIOUS_ILLNESS) of in de laatste levensfase (PALLIATIVE).
#   de medewerker zorgt voor iemand die ernstig ziek is of in de laatste levensfase
[when]de medewerker zorgt voor iemand die ernstig ziek is of in de laatste levensfase=exists Care( situation in (CareSituation.SERIOUS_ILLNESS, CareSituation.PALLIATIVE) )

# Het verzoek noemt ten minste een naaste.
#   de medewerker zorgt voor iemand
[when]de medewerker zorgt voor iemand=Situation( careCount > 0 )

# Het verzoek noemt niemand voor wie de medewerker zorgt.
#   het verzoek noemt niemand voor wie de medewerker zorgt
[when]het verzoek noemt niemand voor wie de medewerker zorgt=Situation( careCount == 0 )

# Bindt deze naasten: iedereen voor wie de medewerker zorgt.
#   de naasten zijn alle mensen voor wie de medewerker zorgt
[when]de naasten zijn alle mensen voor wie de medewerker zorgt=$naasten : List( ) from collect( Care( ) )

# De regel geldt voor elke naaste apart: twee naasten in nood, dan geldt hij twee keer.
#   voor elke naaste in een plotselinge noodsituatie
[when]voor elke naaste in een plotselinge noodsituatie=Care( situation == CareSituation.EMERGENCY )

#   voor elke naaste in de laatste levensfase
[when]voor elke naaste in de laatste levensfase=Care( situation == CareSituation.PALLIATIVE )

# Voor elk kind (CHILD) met een ernstige ziekte (SERIOUS_ILLNESS) apart. Bindt dit kind ($kind).
#   voor elk kind met een ernstige ziekte
[when]voor elk kind met een ernstige ziekte=$kind : Care( relation == Relation.CHILD, situation == CareSituation.SERIOUS_ILLNESS )


# ---- Hoe zwaar en hoe lang ----

# Een korte noodsituatie: iemand is plotseling in nood, en die zorg begon ten hoogste
# care.short-emergency-days dagen voor de peildatum (parameters/care-policy.yaml). Het gesprek is
# dan een kort crisisgesprek (short-emergency.drl); deze voorwaarde laat een regel daarbuiten.
#   er is geen korte noodsituatie
[when]er is geen korte noodsituatie=Parameters( $noodDagen : whole("care.short-emergency-days") >= 0 ) Situation( $noodPeildatum : referenceDate ) not Care( situation == CareSituation.EMERGENCY, since.plusDays($noodDagen).isBefore($noodPeildatum) == false )

# Langdurige zorg: zorg die langer duurt dan care.long-care-months maanden
# (parameters/care-policy.yaml). Die krijgt een periodieke evaluatie (long-care.drl).
#   er is geen langdurige zorg
[when]er is geen langdurige zorg=Parameters( $langeZorgMaanden : whole("care.long-care-months") > 0 ) Situation( $langeZorgPeildatum : referenceDate ) not Care( since.plusMonths($langeZorgMaanden).isBefore($langeZorgPeildatum) )

# Intensieve zorg: meer uren per week, voor alle naasten samen, dan care.intensive-hours-per-week
# (parameters/policy.yaml). Bindt de grens voor intensieve zorg ($intensieveZorg).
#   de medewerker zorgt meer uren per week dan de grens voor intensieve zorg
[when]de medewerker zorgt meer uren per week dan de grens voor intensieve zorg=Parameters( $intensieveZorg : number("care.intensive-hours-per-week") != null ) Situation( careHoursPerWeek > $intensieveZorg )


# ---- Wensen ----

#   de medewerker heeft wensen genoemd
[when]de medewerker heeft wensen genoemd=Situation( wishes.size() > 0 )

#   de medewerker heeft geen wensen genoemd
[when]de medewerker heeft geen wensen genoemd=Situation( wishes.size() == 0 )

# Wensen die inkomen kunnen kosten: minder uren werken (FEWER_HOURS) of verlof (LEAVE).
#   de medewerker wenst minder uren of verlof
[when]de medewerker wenst minder uren of verlof=Situation( wants(Wish.FEWER_HOURS) || wants(Wish.LEAVE) )

# Een nieuwe manier van werken, met een startdatum en een proefperiode: minder uren, flexibele
# werktijden, thuiswerken, aangepaste taken of een andere functie (niet: verlof, ontwikkeling).
#   de medewerker wenst een nieuwe manier van werken
[when]de medewerker wenst een nieuwe manier van werken=Situation( wants(Wish.FEWER_HOURS) || wants(Wish.FLEXIBLE_TIMES) || wants(Wish.REMOTE_WORK) || wants(Wish.TASK_ADJUSTMENT) || wants(Wish.OTHER_ROLE) )


# ---- Wat de regel noemt: de waarden die de teksten van het advies tonen ----

# {wishes}: de gewenste minder uren en verlof. Na "de medewerker wenst minder uren of verlof".
#   noem de wensen die inkomen kosten
[then]noem de wensen die inkomen kosten=advice.because(drools, "wishes", $gesprek.wishes().stream().filter(java.util.EnumSet.of(Wish.FEWER_HOURS, Wish.LEAVE)::contains).collect(java.util.stream.Collectors.toList()));

# {wishes}: de gewenste nieuwe manier van werken. Na "de medewerker wenst een nieuwe manier van werken".
#   noem de wensen voor een nieuwe manier van werken
[then]noem de wensen voor een nieuwe manier van werken=advice.because(drools, "wishes", $gesprek.wishes().stream().filter(java.util.EnumSet.of(Wish.FEWER_HOURS, Wish.FLEXIBLE_TIMES, Wish.REMOTE_WORK, Wish.TASK_ADJUSTMENT, Wish.OTHER_ROLE)::contains).collect(java.util.stream.Collectors.toList()));

# {wishes}: alle wensen van de medewerker.
#   noem de wensen
[then]noem de wensen=advice.because(drools, "wishes", $gesprek.wishes());

# {people}: de naasten die een voorwaarde bond, in de volgorde van het verzoek.
#   noem deze naasten
[then]noem deze naasten=advice.because(drools, "people", inRequestOrder($naasten));

# {child}: het kind van "voor elk kind met een ernstige ziekte".
#   noem dit kind
[then]noem dit kind=advice.because(drools, "child", $kind.person());

# {hours}: de uren zorg per week, voor alle naasten samen.
#   noem de zorguren per week
[then]noem de zorguren per week=advice.because(drools, "hours", $gesprek.careHoursPerWeek());

# {weeklyHours}: de uren werk per week volgens het contract.
#   noem de werkuren per week
[then]noem de werkuren per week=advice.because(drools, "weeklyHours", $gesprek.weeklyHours());

# {lastHeldOn}: de datum van het vorige gesprek.
#   noem de datum van het vorige gesprek
[then]noem de datum van het vorige gesprek=advice.because(drools, "lastHeldOn", $gesprek.lastHeldOn());

# {intensive}: de grens voor intensieve zorg, na de voorwaarde die haar noemt.
#   noem de grens voor intensieve zorg
[then]noem de grens voor intensieve zorg=advice.because(drools, "intensive", $intensieveZorg);


# ---- Wat de regel adviseert ----

# Een onderwerp op de agenda (texts: agenda.<ONDERWERP>.title en .why). Een lager volgnummer komt
# eerder, en een ingekorte agenda houdt de laagste.
#   zet NEEDS op de agenda met volgnummer 30
[then]zet {onderwerp:[A-Z_]+} op de agenda met volgnummer {rang:\d+}=advice.agenda(drools, "{onderwerp}", {rang});

# Tips voor de leidinggevende (texts: tip.<TIP>). Meer tips, met komma's, krijgen opeenvolgende
# volgnummers: de eerste het genoemde, de volgende een hoger.
#   geef de leidinggevende de tip WATCH_THE_BALANCE met volgnummer 6
#   geef de leidinggevende de tips LISTEN, ASK_WHAT_HELPS met volgnummer 20
[then]geef de leidinggevende de tip {tip:[A-Z_]+} met volgnummer {rang:\d+}=advice.tips(drools, {rang}, "{tip}");
[then]geef de leidinggevende de tips {tips:[A-Z_]+(?:,\s[A-Z_]+)*} met volgnummer {rang:\d+}=advice.tips(drools, {rang}, "{tips}".replace(" ", "").split(","));

# De checklist van de medewerker (texts: preparation.<PUNT>), voor, tijdens of na het gesprek.
# Meer punten, met komma's, krijgen opeenvolgende volgnummers.
#   zet CHECK_FINANCES op de checklist voor het gesprek met volgnummer 11
#   zet CONCRETE_AGREEMENTS, TIME_TO_THINK op de checklist tijdens het gesprek met volgnummer 24
#   zet SHARE_SUMMARY, OWN_ACTIONS op de checklist na het gesprek met volgnummer 26
[then]zet {punten:[A-Z_]+(?:,\s[A-Z_]+)*} op de checklist voor het gesprek met volgnummer {rang:\d+}=advice.prepare(drools, Phase.BEFORE, {rang}, "{punten}".replace(" ", "").split(","));
[then]zet {punten:[A-Z_]+(?:,\s[A-Z_]+)*} op de checklist tijdens het gesprek met volgnummer {rang:\d+}=advice.prepare(drools, Phase.DURING, {rang}, "{punten}".replace(" ", "").split(","));
[then]zet {punten:[A-Z_]+(?:,\s[A-Z_]+)*} op de checklist na het gesprek met volgnummer {rang:\d+}=advice.prepare(drools, Phase.AFTER, {rang}, "{punten}".replace(" ", "").split(","));
