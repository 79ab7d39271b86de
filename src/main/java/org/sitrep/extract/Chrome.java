package org.sitrep.extract;

import java.util.regex.Pattern;

/**
 * Lines of site furniture that slip into article text: ad slots, share and subscribe prompts,
 * copy-protection notices, photo credits. Shared by the plain-text and the HTML extractors.
 */
final class Chrome {
  /** Longer lines are article text, whatever words they hold. */
  static final int MAX_CHROME_CHARS = 160;

  private static final Pattern LINE = Pattern.compile("(?i)^(?:"
      + "[-–—•|\\s]*(?:advertisement|advertising|ad|ads|sponsored(?: content)?|partner content"
      + "|trusted partner|paid content|promoted(?: content)?|story continues below(?: advertisement)?"
      + "|continue reading(?: below)?|article continues below|scroll to continue(?: with content)?"
      + ")[-–—•|\\s]*"
      + "|exit mobile version|error: content is protected !*|content is protected !*"
      + "|skip to (?:main )?content|back to top|jump to comments?|print(?: this)?(?: article)?"
      + "|(?:share|tweet|email|pin)(?: this)?(?: article| story| page| post)?(?: on \\w+)?:?"
      + "|share (?:via|on) .{1,40}|(?:facebook|twitter|linkedin|whatsapp|reddit|email|x)"
      + "(?:\\s+(?:facebook|twitter|linkedin|whatsapp|reddit|email|x|copy link))*"
      + "|copy link|link copied!?|subscribe(?: now| today| here)?[.!]?"
      + "|(?:sign up|subscribe|register) (?:for|to) (?:our|the) .{0,60}(?:newsletter|alerts|briefing).{0,60}"
      + "|(?:read|see) (?:more|also|next)\\b.{0,120}|related(?: articles?| stories| coverage| content| topics)?(?::.{0,100})?"
      + "|more (?:from|on) .{1,60}|(?:more|other|recommended|popular|trending|latest|top|related)"
      + "(?: great)? .{0,30}(?:stories|articles|headlines|posts|videos|reads)|follow us(?: on)? .{0,80}|click here .{0,100}"
      + "|(?:photo|image|picture|video|graphic|illustration|credit|photograph)s?(?: credit)?:.{0,100}"
      + "|(?:photo|image|picture|photograph) by .{1,80}|image source,? .{0,80}|image caption,? .{0,120}"
      + "|[(\\[]?(?:afp|ap|reuters|epa|getty images?|anadolu|xinhua|yonhap|tass|ap photo.{0,40}|afp.{0,30}/getty.{0,20})[)\\]]?"
      + "|(?:©|\\(c\\)|copyright)\\s.{0,120}|all rights reserved.{0,60}"
      + "|(?:we use cookies|this (?:site|website) uses cookies).{0,150}|accept(?: all)? cookies"
      + "|(?:loading|please wait)(?:\\.\\.\\.|…)?|comments?(?: \\(\\d+\\))?|\\d+ comments?"
      + "|leave a (?:comment|reply)|listen to (?:this )?article.{0,40}|\\d+ min(?:ute)? read"
      + ")$");

  /** Sentences of furniture that can sit anywhere in a short block. */
  private static final Pattern PROMPT = Pattern.compile("(?i)(?:"
      + "\\b(?:sign up|subscribe|register)\\b.{0,80}\\b(?:newsletters?|inbox|alerts|briefing)\\b"
      + "|\\b(?:newsletters?|inbox|alerts)\\b.{0,80}\\b(?:sign up|subscribe|delivered)\\b"
      + "|(?:requires|enable|turn on) javascript|javascript (?:is )?(?:required|disabled)"
      + "|©|\\ball rights reserved\\b|\\bhave a (?:news )?tip\\b|\\bshare (?:it|this) with (?:a|your) friends?\\b"
      + "|\\bfollow (?:him|her|them|us|me) on (?:twitter|facebook|instagram|linkedin|x)\\b"
      + "|\\bclick here\\b|\\btell us what you think\\b|\\bwhat do you think\\?\\s*(?:let us know|leave|comment)"
      + "|\\baffiliate (?:links?|commissions?|partnerships?)\\b"
      + "|\\bmay (?:earn|get|receive|collect) (?:a |an )?(?:small )?(?:share|commission|portion)"
      + ")");
  /** Words one of which a block must hold for {@link #PROMPT} to be worth trying. */
  private static final String[] PROMPT_WORDS = {"newsletter", "inbox", "alerts", "briefing",
      "javascript", "©", "rights reserved", " tip", "friend", "follow", "click here", "you think",
      "affiliate", "may "};

  /** Whole-block furniture: bylines, datelines, bios, credits, bare URLs, shortcodes. */
  private static final Pattern BLOCK = Pattern.compile("(?i)(?:"
      + "https?://\\S+"
      + "|follow .{0,80} on (?:facebook|twitter|instagram|linkedin|x)\\b.*"
      + "|\\[\\w+[^\\]]*\\].*\\[/\\w+\\]"
      + "|[^.]{0,80}[|/]\\s*(?:getty images|ap photo|afp|reuters|epa|shutterstock|bloomberg|ap)\\b[^.]{0,40}"
      + "|(?:by|written by)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
      + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})*"
      + "(?:\\s*[|,•–—-]\\s*.{0,60})?"
      + "|(?:updated|published|posted|last updated|first published)(?: on| at)?:?\\s+.{0,50}\\d.{0,30}"
      + "|\\p{Lu}\\p{L}+(?: \\p{Lu}\\.?)?(?: \\p{Lu}[\\p{L}'’-]+){1,2} is an? (?:[\\p{L}-]+ ){0,4}"
      + "(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer)\\b.{0,100}"
      + ")");
  /** Blocks at most this long are tested against {@link #PROMPT}. */
  static final int MAX_PROMPT_CHARS = 220;

  private static final Pattern BREADCRUMB =
      Pattern.compile("^(?i:home)\\s*(?:[›»>/|:]|\\s-\\s).{1,200}$");

  private Chrome() {}

  /** True when the whole line is furniture. */
  static boolean isChrome(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_PROMPT_CHARS) return false;
    if (hasPrompt(s) || BLOCK.matcher(s).matches() || isDateline(s)) return true;
    if (s.length() > MAX_CHROME_CHARS) return false;
    return LINE.matcher(s).matches() || BREADCRUMB.matcher(s).matches();
  }

  private static boolean hasPrompt(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    for (String word : PROMPT_WORDS) {
      if (lower.contains(word)) return PROMPT.matcher(s).find();
    }
    return false;
  }

  /** A line that is only a date and time: "Nov. 19, 2019, 8:41 AM UTC". */
  static boolean isDateline(String s) {
    if (s.length() > 60 || Dates.iso(s) == null) return false;
    String rest = s.replaceAll("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
        + "|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?|\\b(?:am|pm|a\\.m\\.|p\\.m\\.|utc|gmt|[ecmp][sd]t|bst|cet)\\b"
        + "|\\b(?:updated|published|posted|on|at)\\b|[\\d:,./|-]", "");
    return rest.isBlank();
  }

  /**
   * True for a breadcrumb without separators, "Home Global North Korea confirms troops", told by
   * the headline that follows it.
   */
  static boolean isBreadcrumbBefore(String line, String next) {
    String s = line.strip();
    String n = next.strip();
    return s.startsWith("Home ") && n.length() >= 10 && s.length() > n.length() && s.endsWith(n);
  }
}
