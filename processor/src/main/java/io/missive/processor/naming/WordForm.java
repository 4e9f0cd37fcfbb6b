package io.missive.processor.naming;

/**
 * The forms in which a verb appears in a name, and the noun that names its action. The inflected
 * forms carry the letter that marks them in the lexicon table ({@code p=}, {@code t=}, {@code g=}).
 */
enum WordForm {
  /** The base form, as in an imperative: place, send, check. */
  BASE(' '),
  /** The past participle: placed, sent, withdrawn, reset. */
  PAST_PARTICIPLE('p'),
  /** A simple past form that is no participle: withdrew, began, ran. */
  PRETERITE('t'),
  /** The -ing form: placing, shipping, dying. */
  GERUND('g'),
  /** A noun that names the action of a verb: creation, shipment, checkout. */
  ACTION_NOUN(' ');

  private final char tableCode;

  WordForm(char tableCode) {
    this.tableCode = tableCode;
  }

  /** The letter of this form in the lexicon table; a blank for the forms the table does not mark. */
  char tableCode() {
    return tableCode;
  }
}
