package io.missive.processor.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.processor.model.MessageKind;
import io.missive.processor.naming.ParsedName.RedundantSuffix;
import io.missive.processor.naming.ParsedName.Auxiliary;
import io.missive.processor.naming.ParsedName.VerbPhrase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the parser reads in a name, apart from any rule. */
class NameParserTest {

  private final NameParser parser =
      new NameParser(Lexicon.standard(), Vocabulary.standard(), NamingOptions.DEFAULT_QUERY_PREFIXES);

  private ParsedName parse(MessageKind kind, String name) {
    return parser.parse(kind, name).orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "OrderPlacedV2,         OrderPlaced, V2,      ''",
    "OrderPlaced_v2,        OrderPlaced, _v2,     ''",
    "OrderPlacedV1beta1,    OrderPlaced, V1beta1, ''",
    "OrderPlacedV2_1,       OrderPlaced, V2_1,    ''",
    "OrderPlacedEventV2,    OrderPlaced, V2,      Event",
    "OrderPlacedV2Event,    OrderPlaced, V2,      Event",
    "OrderPlacedEvent,      OrderPlaced, '',      Event",
    "V2OrderPlaced,         V2OrderPlaced, '',    ''",
    "Event,                 Event, '',            ''"
  })
  void setsAsideTheVersionAndTheRedundantSuffix(String name, String judged, String version, String suffix) {
    ParsedName parsed = parse(MessageKind.EVENT, name);
    assertThat(parsed.join(0, parsed.size())).isEqualTo(judged);
    assertThat(parsed.version()).isEqualTo(version);
    assertThat(parsed.redundantSuffix().map(RedundantSuffix::suffix).orElse("")).isEqualTo(suffix);
    assertThat(parsed.shown()).isEqualTo(judged + version);
  }

  @Test
  void keepsWhereTheVersionStandsBesideTheSuffix() {
    assertThat(parse(MessageKind.EVENT, "OrderPlacedEventV2").redundantSuffix())
        .contains(new RedundantSuffix("Event", "V2", "OrderPlaced"));
    assertThat(parse(MessageKind.EVENT, "OrderPlacedV2Event").redundantSuffix())
        .contains(new RedundantSuffix("Event", "", "OrderPlacedV2"));
    assertThat(parse(MessageKind.COMMAND, "OrderPlacedEvent").redundantSuffix()).isEmpty();
  }

  @Test
  void readsTheVerbAtTheStart() {
    assertThat(parse(MessageKind.COMMAND, "PlaceOrder").verbAtStart()).contains(new VerbPhrase("", "place", "", 1));
    assertThat(parse(MessageKind.COMMAND, "CheckOutCart").verbAtStart())
        .contains(new VerbPhrase("", "check", "Out", 2));
    assertThat(parse(MessageKind.COMMAND, "LoginUser").verbAtStart()).contains(new VerbPhrase("", "log", "In", 1));
    assertThat(parse(MessageKind.COMMAND, "CustomerAddress").verbAtStart()).isEmpty();
  }

  @Test
  void readsAModifierBeforeTheVerb() {
    assertThat(parse(MessageKind.COMMAND, "AutoRenewSubscription").verbAtStart())
        .contains(new VerbPhrase("Auto", "renew", "", 2));
    assertThat(parse(MessageKind.COMMAND, "ForceDeleteUser").verbAtStart())
        .contains(new VerbPhrase("Force", "delete", "", 2));
    assertThat(parse(MessageKind.COMMAND, "AutoSignInUser").verbAtStart())
        .contains(new VerbPhrase("Auto", "sign", "In", 3));
    // A modifier that is a verb itself stays the verb before a word that is mostly a noun.
    assertThat(parse(MessageKind.COMMAND, "ForceField").verbAtStart()).contains(new VerbPhrase("", "force", "", 1));
    assertThat(parse(MessageKind.COMMAND, "ReIndexCatalog").verbAtStart()).contains(new VerbPhrase("Re", "index", "", 2));
    assertThat(parse(MessageKind.COMMAND, "AutoPilot").verbAtStart().get().verbIndex()).isEqualTo(1);
    assertThat(parse(MessageKind.COMMAND, "SelfieUploaded").verbAtStart()).isEmpty();
  }

  @Test
  void readsPrepositionsOfSeveralWordsAsOne() {
    ParsedName dueTo = parse(MessageKind.EVENT, "OrderFailedDueToTimeout");
    assertThat(dueTo.prepositions()).containsExactly(2, 3);
    assertThat(dueTo.participleBeforePreposition()).isEqualTo(1);
    assertThat(parse(MessageKind.EVENT, "PaymentFailedBecauseOfFraud").participle()).isEqualTo(1);
    assertThat(parse(MessageKind.EVENT, "OrderPlacedOnBehalfOfCustomer").prepositions()).containsExactly(2, 4);
    // "Out" in "OutOf" is part of the preposition, no particle.
    assertThat(parse(MessageKind.EVENT, "ProductWasOutOfStock").particles()).isEmpty();
  }

  @Test
  void readsAPastFormBeforeItsObject() {
    assertThat(parse(MessageKind.EVENT, "CustomerChangedAddress").pastFormBeforeObject()).isEqualTo(1);
    assertThat(parse(MessageKind.EVENT, "MeetingGroupMemberLeftGroup").pastFormBeforeObject()).isEqualTo(3);
    assertThat(parse(MessageKind.EVENT, "GaveFeedback").pastFormBeforeObject()).isEqualTo(0);
    assertThat(parse(MessageKind.EVENT, "AddedToCart").pastFormBeforeObject()).isEqualTo(0);
    // A past form spelled like its base reads as an imperative at the start, and is too doubtful elsewhere.
    assertThat(parse(MessageKind.EVENT, "ResetPassword").pastFormBeforeObject()).isEqualTo(-1);
    assertThat(parse(MessageKind.EVENT, "OrderSetPrice").pastFormBeforeObject()).isEqualTo(-1);
    assertThat(parse(MessageKind.EVENT, "ClaimWithdrew").pastFormBeforeObject()).isEqualTo(-1);
    assertThat(parse(MessageKind.EVENT, "CreateOrder").pastFormBeforeObject()).isEqualTo(-1);
  }

  @Test
  void readsAnAuxiliaryAfterTheSubject() {
    assertThat(parse(MessageKind.EVENT, "ProductWasOutOfStock").auxiliary()).contains(new Auxiliary(1, true));
    assertThat(parse(MessageKind.EVENT, "DeadlineHasPassed").auxiliary()).contains(new Auxiliary(1, true));
    assertThat(parse(MessageKind.EVENT, "StockIsLow").auxiliary()).contains(new Auxiliary(1, false));
    assertThat(parse(MessageKind.EVENT, "UserHasAccess").auxiliary()).contains(new Auxiliary(1, false));
    assertThat(parse(MessageKind.EVENT, "WasDelivered").auxiliary()).isEmpty();
    assertThat(parse(MessageKind.EVENT, "OrderPlaced").auxiliary()).isEmpty();
  }

  @Test
  void readsTheParticipleAtTheEndAndBeforeAPreposition() {
    ParsedName signedUp = parse(MessageKind.EVENT, "UserSignedUp");
    assertThat(signedUp.tail()).isEqualTo(1);
    assertThat(signedUp.trailingParticle()).isEqualTo("Up");
    assertThat(signedUp.participle()).isEqualTo(1);
    ParsedName addedToCart = parse(MessageKind.EVENT, "ItemAddedToCart");
    assertThat(addedToCart.prepositions()).containsExactly(2);
    assertThat(addedToCart.participleBeforePreposition()).isEqualTo(1);
    assertThat(addedToCart.participle()).isEqualTo(1);
    assertThat(addedToCart.prepositionAfter(1)).isEqualTo(2);
    assertThat(parse(MessageKind.EVENT, "UserLoggedInToPortal").participleBeforePreposition()).isEqualTo(1);
    assertThat(parse(MessageKind.EVENT, "CreateOrder").participle()).isEqualTo(-1);
  }

  @Test
  void readsTheQueryPrefixAsWritten() {
    assertThat(parse(MessageKind.QUERY, "GetOrder").queryPrefix()).contains("Get");
    assertThat(parse(MessageKind.QUERY, "getOrder").queryPrefix()).contains("get");
    assertThat(parse(MessageKind.QUERY, "OrderStatus").queryPrefix()).isEmpty();
    NameParser twoWords = new NameParser(Lexicon.standard(), Vocabulary.standard(), List.of("LookUp"));
    assertThat(twoWords.parse(MessageKind.QUERY, "LookUpOrder").orElseThrow().queryPrefix()).contains("LookUp");
  }

  @Test
  void aNameWithoutWordsHasNoParse() {
    assertThat(parser.parse(MessageKind.EVENT, "")).isEmpty();
    assertThat(parser.parse(MessageKind.EVENT, "___")).isEmpty();
  }
}
