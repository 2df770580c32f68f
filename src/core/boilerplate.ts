import { blockSignals, documentStopWords, wordsOf, type BlockSignals } from './blockSignals';
import { commentSection } from './comments';
import { findQuotes } from './quotes';
import { templateBlocks } from './templates';
import type { BlockMarkup, PagePart, Source } from './types';

/** Why a block reads as not part of the story. Such blocks are muted, and hidden on request. */
export type BoilerplateReason =
  | 'navigation'
  | 'call to action'
  | 'credit or byline'
  | 'related link'
  | 'advertisement'
  | 'web address'
  | 'date line'
  | 'separator'
  | 'template'
  | 'caption'
  | 'notice'
  | 'comment';

/**
 * What a block is when it is part of the page but not the story's body: its headline, and a
 * headline repeated in its own page (a wire copy printed under its headline). They are the
 * story's own, not page furniture, so they are named but never hidden.
 */
export type BlockNote = 'headline' | 'repeated headline';

export type BlockLabel = BoilerplateReason | BlockNote;

export const isBlockNote = (label: BlockLabel | null): label is BlockNote =>
  label === 'headline' || label === 'repeated headline';

/**
 * Text-level rules, each tied to what a block does rather than to any outlet: it asks the
 * reader for something while speaking as the publication or naming a channel (newsletter, app,
 * social network); it credits a writer or photographer; it points elsewhere; it only dates the
 * page. Text inside quotation marks is never read as a call to action: a minister who says
 * "we need support" is news, and so is a company's report that it "signed up subscribers".
 */
const CTA_CUE =
  /\b(subscri(?:be|bing|ption|bers?)|sign(?:ing)?[ -]up|newsletters?|donat(?:e|ion|ions)|your support|support (?:us|our|allows|helps|makes)|help us|click here|tap here|follow us|share this|bookmark|premium|paywalls?|log in|sign in|register now|membership|become a (?:member|supporter))\b/gi;
/** `CTA_CUE` for one test (a global pattern keeps its place between tests). */
const CTA_CUE_ONE = new RegExp(CTA_CUE.source, 'i');
/** The publication asking for its own keep, not selling a product. */
const SUPPORT_CUE =
  /\b(?:your support|support (?:us|our|allows|helps|makes)|help us|donat(?:e|ion|ions)|paywalls?|membership|become a (?:member|supporter))\b/i;
/** An imperative addressed to the reader, at the start of a sentence. */
const IMPERATIVE =
  /(?:^|[.!?]\s+|\|\s*)(?:please\s+)?(?:subscribe|sign[ -]up|thanks for (?:subscribing|signing up)|donate|follow|click|tap|join|support|register|log in|sign in|become|download|get|start|share|read|watch|listen|receive|have your say)\b/i;
/** The publication speaking of itself, or a channel it sends readers to. */
const SELF_OR_CHANNEL =
  /\b(?:we|us|our|newsletters?|forums?|inbox|app|apps|bookmark|instagram|facebook|twitter|youtube|linkedin|whatsapp|telegram|social media|journalism|reporting)\b/i;
const SECOND_PERSON = /\b(?:you|your)\b/i;
/**
 * An appeal that opens by asking for a subscription ("Subscribe to WIRED and stay smart…"): it
 * need not name the paper as "we". "Sign up for…" is left out: a how-to's steps open with it.
 */
const SUBSCRIBE_OPENING = /^(?:please )?subscribe (?:to|now|today)\b/i;
/**
 * An appeal's button alone on a line ("SUBSCRIBE", "Sign up now"). "Sign in" and "Log in" are
 * left to the menus they stand in.
 */
const BUTTON_WORDS = /^(?:subscribe|sign up|join now|donate)(?: now| today| here)?\W*$/i;
/** The paper offering to write to the reader ("Every day we send an email with the top stories"). */
const WE_SEND =
  /\bwe(?:'ll| will)? (?:send|email|e-mail|deliver) (?:you )?(?:(?:an?|our|the) )?(?:[\w-]+ )?(?:e-?mail|newsletter)s? (?:with|of|featuring|full of)\b/i;
/** The word a page prints over an advertisement, in the languages of most news pages. */
const AD_LABEL =
  /^(?:advertisement|advertising|advert|sponsored(?: content| links?)?|promoted|ad|continue reading below|story continues below|article continues below|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklame|reklama|advertentie|annons|mainos|iklan|реклама|広告|广告|광고)$/iu;
/** A disclosure that the page earns from the links in it. */
const AFFILIATE =
  /\bif you (?:buy|purchase|click) (?:something |anything )?(?:through|via|from) (?:our |my |these |the )?(?:recommended |affiliate )?links\b|\b(?:may|might|will) earn (?:an? )?(?:small )?(?:affiliate commission\b|commission if you (?:buy|purchase|click)\b)|\b(?:post|posts|page|article|site|blog|video)s? (?:may )?contains? (?:\w+ )?affiliate\b|\bas an? [\w ]{1,20} affiliate,|\b(?:we|i) (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation) (?:from|on|if|when)\b/i;
/** Where a picture comes from, on a line of its own ("Image from the March 2024 review"). */
const IMAGE_SOURCE =
  /^(?:image|photo|picture|illustration)s? (?:from|provided by|via|courtesy(?: of)?)\s+\S/i;
/**
 * A news picture's caption, which says what picture it is ("…, in this June 3, 2007, file
 * photo."): a wire caption's own words.
 */
const FILE_PHOTO = /\bin (?:this|a|an) (?:[\w,]+ ){0,6}file (?:photo|photograph|picture|image)\b/i;
/** A link to a gallery or a video, as a line of its own ("In pics: Cup semi-final action"). */
const MEDIA_LINK = /^(?:in pictures|in pics|photos|gallery|video|watch|listen)\s*:\s*\S/i;
/** A note that the page was revised, with or without a date ("This post was last updated July 2021"). */
const UPDATE_NOTE =
  /^this (?:post|article|story|page|piece) (?:has been|was) (?:last )?(?:updated|revised|modified)\b/i;
/** A picture's place in a gallery ("Image 3 of 23", "Photo 2/10"; "Image 3 of / 23" when a
 * counter's parts are apart in the markup). */
const GALLERY = /^(?:image|photo|picture|slide)s?\s+\d+\s*(?:of|\/)\s*\/?\s*\d+$/i;
/** The head of a comment box, or the box itself ("12 comments", "Leave a reply"). */
const COMMENTS =
  /^(?:\d+\s+)?(?:comments?|replies|комментари[йия]|отзывы|coment[aá]rios?|kommentare?|commentaires?|commenti|reacties)$|^(?:добавить (?:отзыв|комментарий))$|^(?:leave|post|add|write|view|show|read|see)\s+(?:a|the|all|your|\d+)?\s*(?:comments?|replies|reply)\b|^tell us what you think\W*$|^(?:have your say|your comments)\W*$|^talkbacks?\b|^(?:do you have|any) comments? on this (?:story|article)\W*$|^your views on this (?:story|article)\b|^to have your say\b|^join the (?:discussion|conversation)\b|^comments? (?:are|is) (?:closed|moderated)\b/i;
/** What a picture's credit says: the picture, a copyright sign, an agency or a picture library. */
const IMAGE_CREDIT =
  /\b(?:photo|photos|photograph|image|images|picture|illustration|graphic|video)\b|©|\(c\)|\b(?:getty|shutterstock|alamy|reuters|afp|epa|associated press|ap photo|courtesy)\b/i;
/** A share or follow widget's label ("Share this:", "Share on Facebook", "Connect with us"). */
const SHARE =
  /^(?:share(?: this| the| on| via| it)?|connect with us|follow us(?: on)?)\b[^.!?]{0,40}:?$/i;
/** A table of contents' head ("Contents", "In this article:", "Jump to"). */
const CONTENTS =
  /^(?:(?:table of )?contents|in this (?:article|post|story|guide|page)|jump to)\s*:?$/i;
/** The notice of a comment box: "By posting a comment, you consent to…", "Comments are closed". */
const COMMENT_NOTICE =
  /\bthis (?:feedback|discussion|thread) is (?:now )?closed\b|^(?:by (?:posting|submitting|leaving) (?:a |your )?comments?\b|comments? (?:are|is) (?:now )?(?:closed|moderated)\b|(?:note:\s*)?we (?:are )?(?:\w+ )?moderating (?:all )?comments\b|you must (?:be )?(?:log(?:ged)? ?in|login|register(?:ed)?|sign(?:ed)? in)\b[^.!?]{0,30}\b(?:to|before) (?:post|comment|reply)\b)/i;
/** Picture and news agencies, as a credit names them. */
const AGENCY_NAME =
  '(?:ap|afp|epa|reuters|associated press|getty(?: images)?|shutterstock|alamy|pa(?: wire| media| images)?|zuma(?:press)?(?:\\.com)?|xinhua|anadolu(?: agency)?|bloomberg|ap images|epa-efe|efe|aap|nzpa|cp|canadian press|press association|dpa|upi|pti|ians|ani)';
/**
 * A credit that is only agencies' names, as a photo's corner or a wire story's foot prints it
 * ("AFP/Getty Images", "AFP, AP", "- NZPA").
 */
const AGENCY = new RegExp(
  `^(?:[-–—]\\s*)?\\(?${AGENCY_NAME}(?: photo)?(?:\\s*[,/&]\\s*${AGENCY_NAME}(?: photo)?)*\\)?$`,
  'i',
);
const CREDIT =
  /(\bcontributed to (?:this|the) (?:story|report|article)\b|^[^.!?]{3,80}\bcontributed (?:additional )?reporting\b[^.!?]{0,60}\.?$|^(?:by|words by|reporting by|written by|posted by|story by|text by|contributed by)\s*:?\s+(?!\S+ing\b)\S.{0,80}$|^(?:article|story|report|text) (?:from|courtesy of)\s*:?\s+\S.{0,60}$|^\(?(?:additional )?reporting by\b.{0,120}\bediting by\b|^(?:with |additional )*reporting (?:by|from)\s+\S.{0,80}$|^\(?(?:photo|image|picture|photograph|video|graphic|illustration)s?(?: caption| credit)?\s*(?:by|:|\))|\((?:photo|image|picture|credit)s?\s*:[^)]{1,60}\)\s*$|\b(?:getty images|shutterstock|ap photo|reuters\/|afp photo)\b|^(?:image|media|photo|picture|video) (?:caption|credit|copyright)\b|^source\s*:\s*\S.{0,60}$|^[^.!?]{0,40}\bwith (?:files|a report|reports|additional reporting) from\b[^.!?]{0,60}$|\binformation (?:for|in) this (?:report|story|article) (?:was |came )?(?:provided )?(?:by|from)\b|^\(\s*(?:editing|reporting|writing) by\b[^)]{1,80}\)$|^write to [^.!?]{1,60}\bat [\w.+-]+@|^(?:posted|filed) (?:in|under) [^.!?]{1,80}\bby\b[^.!?]{0,80}$|^[^!?·]{1,80}(?:\s·\s[^!?·]{1,80}){1,4}$|^[^.!?]{2,60}(?:\s[/|]\s[^.!?/|]{1,40}){2,}$)/i;
/**
 * How to reach the writer, after the story: "To contact the reporter on this story: …", "Reach
 * the writer at …", or a name with an e-mail address or a telephone number and nothing more.
 */
const CONTACT =
  /^(?:to (?:contact|reach|e-?mail) (?:the |a |an )?(?:[\w-]+ ){0,3}(?:reporters?|writers?|authors?|editors?|correspondents?)\b|(?:contact|reach|e-?mail) (?:the )?(?:reporter|writer|author|columnist)s? (?:at|on|via)\b)/i;
/** An e-mail address, opened only where its run of name characters does (a run read once). */
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?<!\d)\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)/;
/**
 * A writer's name and the outlet or agency they write for, as a line of its own ("Mark Hinton,
 * Goal.com", "KEN WARREN, CanWest News Service").
 */
const NAME_AND_OUTLET =
  /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}, (?:[\p{L}-]+ ){0,3}(?:news service|news agency|newswire|wire service|press|agencies|[\p{L}-]+\.(?:com|net|org|co\.uk|com\.au|ca))$/iu;
/**
 * A bar of the page's tools: print, mail, text size, rating ("Send this article: Print Email",
 * "Font size: + -", "Rate this Article", "Story tools"). Every word is a tool's, and one at
 * least names a tool only a page offers.
 */
const TOOL_WORDS = new Set(
  'print printer printable friendly version email e-mail mail send share save rate rating ratings current this article story page post font text size scale a tools tool bookmark increase decrease reset larger smaller comment comments digg reddit facebook twitter del.icio.us link e with to by friend friends social adjust trackback subscribe paper'.split(
    ' ',
  ),
);
const TOOL_NAMES =
  /^(?:print|printer|printable|email|e-mail|font|size|rate|rating|tools|bookmark|digg|trackback)$/;
const STAFF_TITLE =
  /\b(?:writer|reporter|correspondent|editor|contributor|columnist|staff|journalist|bureau chief)s?\b/i;
/**
 * A writer's title alone on its line, as an author's box prints it under the name ("Former
 * Staff Writer", "Senior Correspondent"), or the head of a reviewer's credit ("Reviewed by").
 */
const TITLE_LINE =
  /^(?:(?:former|senior|staff|contributing|guest|chief|managing|associate|deputy|executive|news|sports?|political|business|science|health|foreign|investigative|freelance|special|lead|assistant|opinion) )*(?:writer|reporter|correspondent|editor|contributor|columnist|journalist)s?$|^(?:reviewed|fact[- ]checked|medically reviewed) by:?$/i;
const RELATED =
  /^(?:related(?: articles?| stories| coverage| posts?| content)?\b|read (?:more|also|next)\b|see (?:also|more)\b|more (?:on this|from)\b|more (?:stories|news)(?:\s*:|\s*$|\s+(?:on|about|from|like|in)\b)|more:|also:|also read\b|\W*(?:more (?:articles|stories|posts) )?you (?:may|might) (?:also )?(?:like|enjoy|be interested)\b|if you (?:liked|enjoyed) (?:this|that)\b[^.!?]{0,40}\byou (?:may|might) (?:also )?(?:like|enjoy)\b|(?:what|where) to read next\W*$|latest (?:news|posts|articles|stories)$|(?:more|other|recent|latest|top|related) (?:[\w'’-]+ ){0,2}(?:stories|articles|posts|reads)\W*$|don't miss\b|show all\b|filed under\b|tags?:|categor(?:y|ies):|read on\s*:?$|related posts?\s*:|further reading\b|this entry was (?:tagged|filed)\b)/i;
/**
 * Words that head a list of other pages only as a label of their own ("Recommended reading",
 * "Most popular", "Trending:"): the same words open the story's own lines ("Recommended for
 * beginners", "Popular brands like…"), as on 19 of the 24 development blocks they opened.
 */
const RELATED_LABEL =
  /^(?:recommended|popular|most popular|trending|most read)(?: (?:for you|reading|content|posts?|stories|articles?|videos?|news|now|this week|today))?\s*(?::|$)/i;
/**
 * A button to play a video or a recording ("Watch", "Listen now", "Watch video here"); a
 * sentence that starts with the verb is the story's ("Watch Lerner invoke the Fifth.").
 */
const PLAY = /^(?:watch|listen)\b/i;
/** A copyright line, not a sentence about copyright ("an established copyright policy"). */
const COPYRIGHT = /©|^copyright\b|\bcopyright\s*(?:\(c\)|\d{4})|\ball rights reserved\b/i;
const COOKIES = /\b(?:this (?:web)?site|we) uses? cookies\b/i;
/**
 * The site's own notice: its terms over the text ("may not be published, broadcast, rewritten or
 * redistributed", "is the intellectual property of"), a disclaimer of what others write ("not
 * responsible for the content of external sites", "do not necessarily reflect the views of"),
 * or what the page needs to be read ("This site requires JavaScript", "best viewed in").
 * Each is a phrase a site uses of itself; a story about a lawsuit or a browser words it otherwise.
 */
const NOTICE =
  /\bmay not be (?:re)?(?:published|reproduced|copied|broadcast|distributed|rewritten)(?:,? (?:or |and )?(?:re)?(?:published|reproduced|copied|broadcast|distributed|rewritten|transmitted|displayed|stored)){1,}\b|\bis the intellectual property of\b|\bwithout (?:the )?(?:prior )?(?:express )?written (?:permission|consent)\b|\b(?:is|are) not responsible or liable\b|\b(?:is|are) not responsible for the content of (?:external|other|third[- ]party|linked) (?:web ?|internet )?(?:sites|pages|links)\b|\bthe full (?:article|story|text) (?:contains|is) \d[\d,]* words\b|\bdoes not endorse\b[^.!?]{0,60}\bexternal\b|\b(?:do|does) not necessarily (?:reflect|represent) (?:the )?(?:views?|opinions?|thoughts?|positions?)(?: (?:or|and) (?:the )?(?:views?|opinions?|thoughts?|positions?))? of\b|\bin no way (?:do|does) (?:they|it|these) (?:represent|reflect)\b|\b(?:media|video|audio) playback is (?:unsupported|not supported)\b|\byour browser does not support (?:the |this )?(?:video|audio|html5|embedded)\b|^(?:this (?:web ?)?(?:site|page|slideshow|video|gallery|feature) requires\b|site requirements\b|(?:this )?(?:web ?)?site (?:is )?best viewed\b)/i;
/** A copyright line opening a block, however long its terms run ("© 2004 …, All Rights Reserved …"). */
const COPYRIGHT_OPENING = /^(?:©|\(c\)\s*(?:copyright\s*)?\d{4}\b|copyright\s*(?:©|\(c\)|\d{4}))/i;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const LABEL = /^(?:original url|source|via|link|url)\s*:?$/i;
/** Words that only a date or time is made of (numbers are counted apart). */
const STRONG_DATE =
  /^(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar[iy]?|februar[iy]?|maret|marz|mei|mai|juni|juli|agustus|oktober|desember|dezember|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro)|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|[ap]m|gmt|utc|[ecmp][sd]t|bst|cest?|updated|posted|published|modified|ago)$/;

/**
 * A wire desk's stamp of figures alone: a day and a month with a year or a time ("30/12/07",
 * "01/17 16:59:52 ET"), or an agency's slug ("AP-ES-01-10-08 0607EST").
 */
const NUMERIC_STAMP =
  /^\W*\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4}(?:,? \d{1,2}:\d\d(?::\d\d)?)?|,? \d{1,2}:\d\d(?::\d\d)?)(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?\W*$|^[a-z]{2,4}-[a-z]{2}-\d\d-\d\d-\d\d \d{4}[a-z]{3}$/i;
/**
 * The paper asking readers for news, in the imperative, or offering its headlines by mail ("When
 * news happens: send photos, videos & tip-offs to…", not "Police will send photos…"; "Get …
 * headlines emailed to you daily", "Email this story to a friend", "Visit www.… for all the
 * latest news").
 */
const SEND_US =
  /(?:^|[:.!?] )send (?:us )?(?:your )?(?:photos|pictures|videos|news tips|tips|tip-offs)\b|\bheadlines\b[^.!?]{0,30}\b(?:e-?mailed|per e-?mail|by e-?mail|to your inbox)\b|^(?:e-?mail|send) this (?:story|article|page) to a friend\b|\bvisit (?:www\.|https?:)\S+ for\b/i;
/**
 * A credit to a desk rather than a writer ("Seattle Times news services", "The Oregonian Staff",
 * "| Journal Denver Bureau").
 */
const DESK =
  /^[^.!?]{1,40}\b(?:[Nn]ews|NEWS|[Ww]ire|WIRE) (?:[Ss]ervices?|SERVICES?)$|^(?:\|\s*)?(?:[Tt]he )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} (?:[Ss]taff(?: [Ww]riters?| [Rr]eporters?)?|[Bb]ureau(?: [Cc]hief)?|[Nn]ews [Dd]esk|[Nn]ewsroom)$/u;
/**
 * Where the people in a picture stand, as only a caption says it ("Jane Doe, left, and…",
 * "Khalil Khatri (center) prayed…", "… are seen in this combined image").
 */
const CAPTION_POSITION =
  /(?<![\p{L}.'’-])\p{Lu}[\p{L}.'’-]*, (?:left|right|second (?:from )?(?:left|right)|far (?:left|right)|in the background|in the foreground|not (?:seen|pictured|shown)),|\((?:left|right|center|centre|second (?:from )?(?:left|right)|far (?:left|right))\)|\bin this (?:combined|undated|handout|composite|combination) (?:image|photo|picture)\b/u;
/** A photographer and an agency, as under a picture ("John Raoux/Associated Press"). */
const PHOTO_AGENCY = new RegExp(
  `^\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}\\.?)?(?: \\p{Lu}[\\p{L}'’-]+){1,2} ?/ ?${AGENCY_NAME}$`,
  'iu',
);
/** Where the story stood in print ("World View, Page 14"). */
const PAGE_REFERENCE = /^[^.!?]{2,40}, page \d+$/i;
/**
 * A caption that ends with its picture's credit ("… on a ridgeline. Photo: iRunFar/Jane Doe",
 * "… is for sale on eBay. Photo / Reuters", or the credit on a line of its own below).
 */
const CREDITED_CAPTION =
  /(?:[.!?] |\n)(?:photo|picture|image|photograph)s? ?[:/] ?[^.!?\n]{2,40}$/i;
/** A caption's mark that it shows an older picture ("Pervez Musharraf (file photo)"). */
const PHOTO_MARK = /\((?:file )?(?:photo|picture|image)\)$/i;
/** A mis-decoded no-break space alone ("Â"), as a page's spacer cells leave it. */
const SPACER = /^[\sÂ\u00a0]+$/;
/** A heading set letter by letter ("R E L A T E D C O N T E N T"): a page's design, not its prose. */
const LETTER_SPACED = /^(?:\p{L} ){5,}\p{L}$/u;

/** Words that say when a page was put up or changed. */
const POSTING = /^(?:updated|posted|published|modified|ago)$/;

const cache = new WeakMap<Source, (BoilerplateReason | null)[]>();

/** The blocks to mute and hide: `classifyBlocks` without notes, once per source object. */
export function boilerplateOf(source: Source): (BoilerplateReason | null)[] {
  let labels = cache.get(source);
  if (labels === undefined) {
    labels = classifyBlocks(source).map((l) => (isBlockNote(l) ? null : l));
    cache.set(source, labels);
  }
  return labels;
}

const amongCache = new WeakMap<
  readonly Source[],
  { template: Set<string>; labels: WeakMap<Source, (BoilerplateReason | null)[]> }
>();

/**
 * `boilerplateOf` for a source shown among others (the reader's sources): blocks that stand in
 * many of them about different stories are labelled "template" too (`templateBlocks`).
 */
export function boilerplateAmong(
  source: Source,
  sources: readonly Source[],
): (BoilerplateReason | null)[] {
  let entry = amongCache.get(sources);
  if (entry === undefined) {
    entry = { template: templateBlocks(sources), labels: new WeakMap() };
    amongCache.set(sources, entry);
  }
  if (entry.template.size === 0) return boilerplateOf(source);
  let labels = entry.labels.get(source);
  if (labels === undefined) {
    labels = classifyBlocks(source, entry.template).map((l) => (isBlockNote(l) ? null : l));
    entry.labels.set(source, labels);
  }
  return labels;
}

/**
 * One label per block of the source, in order, or null for the story. Three kinds of evidence:
 * what a block says (`classifyText`); where it stands — page furniture (menus, bylines, lists
 * of other stories) stands before or after the story (`storyExtent`: its running prose and the
 * sentences near it), as jusText classifies blocks with their context; and its neighbours — up
 * to three short fragments between two labelled blocks ("Close", "Caption" between photo credits)
 * are one of them, the items of a list after a link to other stories are more links, and the
 * block under the headline's credit lines that a picture's credit follows is the lead picture's
 * caption (only there: inside the story, the block before a credit was the story's on nearly
 * every development page, since many pages print the credit above the caption). `template`
 * holds the normalized text of blocks found in many of the reader's sources about different
 * stories (`templateBlocks`).
 */
export function classifyBlocks(
  source: Source,
  template: ReadonlySet<string> = new Set(),
): (BlockLabel | null)[] {
  const seen = new Map<string, string>();
  const texts = source.blocks.map((b) => source.text.slice(b.start, b.end));
  const words = texts.map((t) => wordsOf(t, seen));
  const stopWords = documentStopWords(words);
  const signals = texts.map((t, i) => blockSignals(t, stopWords, words[i]));
  const prose = signals.map(readsAsProse);
  const rows = texts.map((t) => t.includes('\t'));
  const byText = signals.map((s, i) =>
    rows[i] && s.words.length > 0 ? null : classifyText(s.text, s.words.length, s),
  );
  const at = headlineIndex(source, signals, prose, byText);
  const headline = at === -1 ? null : signals[at]!.words.join(' ');
  const [first, last] = storyExtent(signals, prose, byText, rows);
  const parts = partsAround(source, prose);
  const lastProse = prose.lastIndexOf(true);
  const labels: (BlockLabel | null)[] = signals.map((s, i) => {
    const key = s.words.join(' ');
    if (i === at) return 'headline';
    if (i > at && headline !== null && sameHeadline(key, headline)) return 'repeated headline';
    // A table row (cells apart by tabs) is data, whatever its length or figures.
    if (rows[i] && s.words.length > 0) return null;
    // A rule between two parts of the story is part of its layout, as jusText gives a block
    // too short to judge the class of its neighbours; before a credit it is the credit's.
    if (
      byText[i] === 'separator' &&
      i > first &&
      i < last &&
      byText[i - 1] === null &&
      byText[i + 1] === null
    )
      return null;
    // A page's date stamp stands at the story's head or foot; a date among its paragraphs is
    // the story's own (an event's day, a review's date) unless it says when something was
    // posted or updated (a chart's "Last updated at 12:51 GMT"). On the development pages all
    // 82 such date lines were the story's (73 of them one page's list of events).
    if (
      byText[i] === 'date line' &&
      i > first + DATE_HEAD_BLOCKS &&
      i < last &&
      !s.words.some((w) => POSTING.test(w))
    )
      return null;
    // A head of other stories with its links in one block ("Related Posts:" and three titles).
    if (
      (source.blocks[i]!.markup?.links ?? 0) >= 0.5 &&
      s.words.length <= RELATED_BLOCK_WORDS &&
      RELATED.test(s.text)
    )
      return 'related link';
    // A bar of section links reads, by its text alone, as a byline's parts ("A | B | C").
    if (
      (byText[i] === null || byText[i] === 'credit or byline') &&
      menuBar(source.blocks[i]!.markup, s, texts[i]!)
    )
      return 'navigation';
    if (byText[i] !== null) return byText[i]!;
    if (template.has(key) && s.words.length > 0) return 'template';
    if (linkList(source.blocks[i]!.markup, s)) return 'related link';
    // A line of tags, most of it links, printed without a colon ("Tags stock car 2018, …").
    if ((source.blocks[i]!.markup?.links ?? 0) >= 0.5 && TAGS_OPENING.test(s.text))
      return 'related link';
    // An author's box holds a note on the writer, which reads as prose.
    if (parts[i] === 'credit' && s.words.length <= WRITER_NOTE_WORDS + 20)
      return 'credit or byline';
    // A note on the writer may be the page's last sentence, and so read as its last prose.
    if (i >= lastProse && writerNote(s)) return 'credit or byline';
    // A form's sentences are its own: a sign-up's pitch ("Get breaking news alerts… delivered
    // weekday mornings"), a comment box's rules. On the development pages 17 of the 19 were.
    if (parts[i] === 'form' && s.words.length <= FORM_PROSE_WORDS) return 'call to action';
    if (prose[i]) return null;
    const markup = source.blocks[i]!.markup;
    const byMarkup = parts[i] ? markupReason(parts[i]!, s) : null;
    if (byMarkup !== null) return byMarkup;
    if (first === -1) return null;
    if (i > lastProse && writerNote(s)) return 'credit or byline';
    // Where the page's markup is known, a block it does not set apart (no links, no part of
    // the page around the story) is the story's own however it stands: Readability has already
    // left out the page's menus, and what is left is a list, a subheading or a caption line.
    // A heading after the story is still the page's ("Related articles", "Leave a comment").
    const after = i > last && source.blocks[i]!.type === 'heading';
    if (markup && !setApart(markup) && !after) return null;
    // The block just before the story may be its subheading or lead-in.
    if (i < first - 1 && furniture(s)) return 'navigation';
    if (i > last && furniture(s, true)) return s.words.length >= 4 ? 'related link' : 'navigation';
    if (shouting(s, source.blocks[i]!.type)) return 'related link';
    return null;
  });
  // The items of a list headed by a link to other stories are more of them: after the story
  // any item, within it an item that is mostly a link (a teaser's last item may read as prose,
  // and so end the story's extent early: "More Great WIRED Stories" and its six links).
  for (let i = 1; i < labels.length; i++) {
    const markup = source.blocks[i]!.markup;
    if (
      labels[i] === null &&
      markup?.listItem &&
      labels[i - 1] === 'related link' &&
      (i > last || markup.links >= LINKED_ITEM)
    )
      labels[i] = 'related link';
  }
  trailingList(source, signals, labels, prose);
  commentSection(source, texts, signals, labels, prose);
  const lead = leadIndex(labels);
  if (lead !== -1 && lead + 1 < labels.length && imageCredit(signals[lead + 1]!, labels[lead + 1]!))
    labels[lead] = 'caption';
  // A word or two right under the head's credit or date line is more of it ("Reading time: 4
  // minutes", a desk's name); a dateline in capitals ("BAAR, SWITZERLAND") opens the story.
  else if (
    lead !== -1 &&
    headFragment(signals[lead]!, source.blocks[lead]!.type, labels[lead - 1]!)
  )
    labels[lead] = labels[lead - 1]!;
  // A short fragment between labelled blocks is one of them, and so is a run of a few
  // ("Image 1 of 23", "Caption", "Close" around a gallery's credits), or a block mostly of links.
  const labelled = (l: BlockLabel | null | undefined) => !!l && !isBlockNote(l);
  const fragment = (i: number) =>
    labels[i] === null &&
    ((signals[i]!.words.length <= FRAGMENT_WORDS && !signals[i]!.sentence) ||
      ((source.blocks[i]!.markup?.links ?? 0) >= 0.5 && !prose[i]));
  for (let i = 1; i + 1 < labels.length; i++) {
    if (!labelled(labels[i - 1]) || !fragment(i)) continue;
    let j = i;
    while (j + 1 < labels.length && j - i + 1 < FRAGMENT_RUN && fragment(j + 1)) j++;
    if (j + 1 < labels.length && labelled(labels[j + 1])) {
      // A spacer says nothing of what stands beside it: the run is the other neighbour's.
      const by = labels[i - 1] === 'separator' ? labels[j + 1]! : labels[i - 1]!;
      labels.fill(by, i, j + 1);
    }
    i = j;
  }
  return labels;
}

/**
 * Right after the story, a list of other stories' headlines that the page does not mark as
 * links (Readability keeps a list's text and drops its anchors on some pages), or a box of
 * offers: a run of at least `TRAILING_ITEMS` short blocks (list items, headings or lines, opened
 * by an item or a heading), each stating nothing with a full stop, from the story's last
 * statement on to the page's end or to a block already labelled; or such a run under a head
 * of other stories after the story.
 * As jusText judges short blocks by their neighbours: between the story and the page's end or
 * furniture, they are furniture. A list the story ends on holds sentences or figures, is
 * followed by more of the story, or stands under a heading of its own ("Pros", "Cons").
 */
function trailingList(
  source: Source,
  signals: readonly BlockSignals[],
  labels: (BlockLabel | null)[],
  prose: readonly boolean[],
): void {
  // The story's last statement: a headline in the list may ask a question in prose.
  let last = prose.length - 1;
  while (last >= 0 && !(prose[last] && STATEMENT_END.test(signals[last]!.text))) last--;
  if (last === -1) return;
  const item = (i: number) => {
    const b = source.blocks[i]!;
    const s = signals[i]!;
    return (
      labels[i] === null &&
      s.words.length > 0 &&
      s.words.length <= TRAILING_ITEM_WORDS &&
      !STATEMENT_END.test(s.text) &&
      !source.text.slice(b.start, b.end).includes('\t') &&
      !furnitureFigures(s)
    );
  };
  // The run opens as a list does, with an item or a heading: a line of its own ("Pros") heads
  // the story's list.
  const opens = (i: number) =>
    source.blocks[i]!.markup?.listItem === true || source.blocks[i]!.type === 'heading';
  // From `from`, the items up to the page's end or a labelled block, if they are enough.
  const run = (from: number) => {
    let j = from;
    while (j + 1 < labels.length && item(j + 1)) j++;
    const closes =
      j + 1 === labels.length || (labels[j + 1] !== null && !isBlockNote(labels[j + 1]!));
    if (j - from >= TRAILING_ITEMS && closes) labels.fill('related link', from + 1, j + 1);
    return j;
  };
  if (last + 1 < labels.length && opens(last + 1)) run(last);
  // Further down, under a head of other stories ("Don't Miss", "More articles in Soccer"), the
  // head opens the list.
  for (let i = last + 1; i < labels.length; i++)
    if (labels[i] === 'related link' && signals[i]!.words.length <= RELATED_HEAD_WORDS) i = run(i);
}

/** A head of other stories and its links, in one block, run to a list's length. */
const RELATED_BLOCK_WORDS = 150;
/** A head over a list of other stories runs to a few words. */
const RELATED_HEAD_WORDS = 6;

/**
 * Parts of a line set apart by a dash, bar or middle dot with white space around it. A match
 * opens only where a run of white space does (`(?<!\s)`): tried from inside a run, `\s+` read
 * the rest of the run again, and a paragraph of a few thousand spaces took seconds.
 */
export const SEPARATED = /(?<!\s)\s+[-–—|·]\s+/;
/** Sentences and bar-separated parts; a run of white space is read once, as above. */
export const SENTENCE_OR_BAR = /(?<=[.!?])\s+|(?:(?<!\s)\s+)?\|\s*/;

/** A statement's last mark: a headline may ask a question, but it states nothing with a full stop. */
const STATEMENT_END = /[.!;:…]["'”’»)\]]*$/;

/** Mostly figures: data, not headlines. */
function furnitureFigures(s: BlockSignals): boolean {
  const numbers = s.words.filter((w) => /^\d/.test(w)).length;
  return numbers >= 2 && numbers * 3 >= s.words.length;
}

/** How many short list items or headings after the story make a list of other stories. */
const TRAILING_ITEMS = 3;
/** Other stories' headlines run to about this many words. */
const TRAILING_ITEM_WORDS = 15;

/**
 * The first block after the page's head (its headline, and the credit, date and address lines
 * under it): where a page puts its lead picture, or -1 when nothing stands before it.
 */
function leadIndex(labels: readonly (BlockLabel | null)[]): number {
  const i = labels.indexOf(null);
  return i > 0 ? i : -1;
}

/** A short line under the head's credit, date or address line, not a heading or a dateline. */
function headFragment(s: BlockSignals, type: string, before: BlockLabel): boolean {
  return (
    type !== 'heading' &&
    s.words.length <= HEAD_FRAGMENT_WORDS &&
    !s.sentence &&
    s.text !== s.text.toUpperCase() &&
    (before === 'credit or byline' || before === 'date line' || before === 'web address')
  );
}

/**
 * A picture's credit line: a credit (as `classifyText` or the markup gave it) that names a
 * picture or an agency rather than a writer.
 */
function imageCredit(s: BlockSignals, label: BlockLabel | null): boolean {
  return (
    label === 'credit or byline' &&
    s.words.length <= 12 &&
    (IMAGE_CREDIT.test(s.text) || AGENCY.test(s.text))
  );
}

const PART_REASON: Record<PagePart, BoilerplateReason | null> = {
  navigation: 'navigation',
  related: 'related link',
  form: 'call to action',
  credit: 'credit or byline',
  date: 'date line',
  caption: null,
  aside: null,
};

/**
 * The part of the page around the story each block stands in, by its markup, or null. A run of
 * blocks marked as one part that holds running prose is the story, whatever its markup calls
 * it (a post's sections classed as a "nav" target). A form is not: a sign-up or comment form
 * speaks in sentences ("Your email address will not be published."); nor is an author's box,
 * whose note on the writer does.
 */
function partsAround(source: Source, prose: readonly boolean[]): (PagePart | null)[] {
  const parts = source.blocks.map((b) => b.markup?.part ?? null);
  for (let i = 0; i < parts.length;) {
    let j = i + 1;
    while (j < parts.length && parts[j] === parts[i]) j++;
    if (
      parts[i] !== null &&
      parts[i] !== 'form' &&
      parts[i] !== 'credit' &&
      prose.slice(i, j).includes(true)
    )
      parts.fill(null, i, j);
    i = j;
  }
  return parts;
}

/** The reason a block's part of the page gives it, when it is not a figure (data, a rating). */
function markupReason(part: PagePart, s: BlockSignals): BoilerplateReason | null {
  const numbers = s.words.filter((w) => /^\d/.test(w)).length;
  if (numbers * 2 >= s.words.length) return null;
  return PART_REASON[part];
}

/**
 * A long block mostly of links: other stories' headlines run together (boilerpipe's link
 * density). Shorter link-dense blocks are left out of the text already (`blockTexts`), and what
 * is left of them within an article is mostly its own (a list of sources, a table of contents).
 */
function linkList(markup: BlockMarkup | undefined, s: BlockSignals): boolean {
  // A box score or a table of results links its names, but is mostly figures: data.
  return (
    markup !== undefined && markup.links >= 0.5 && s.words.length >= 40 && !furnitureFigures(s)
  );
}

/**
 * A bar of links to the site's sections ("News: ePaper | Front Page | National | …"): nearly all
 * links, in four or more parts. A story's own list of sources reads as sentences between links.
 */
function menuBar(markup: BlockMarkup | undefined, s: BlockSignals, text: string): boolean {
  return (
    markup !== undefined &&
    markup.links >= MENU_LINKS &&
    s.words.length >= 10 &&
    text.split(MENU_PARTS, 4).length >= 4
  );
}

/** How much of a menu bar's text is links. */
const MENU_LINKS = 0.8;
/** Where a menu bar's parts meet: a line's end, or a bar or slash with spaces around it. */
const MENU_PARTS = /\n| [|/] /;

/** Set apart from the story by the page's markup: mostly links, or in a part around it. */
function setApart(markup: BlockMarkup): boolean {
  return markup.links >= 0.3 || markup.part !== undefined;
}

/** How a line of the page's tags opens, in the languages of most news pages. */
const TAGS_OPENING = /^(?:tags|tagged|topics|keywords|etiquetas|schlagworte|теги|метки)\b/i;

/** A list item this much of whose letters are a link's is a link, whatever else it says. */
const LINKED_ITEM = 0.3;

/** A form's pitch runs to a few sentences; a longer text inside a form is a story's (a quiz). */
const FORM_PROSE_WORDS = 60;

/** How many blocks into the story a date line is still its head's (under a summary, a credit). */
const DATE_HEAD_BLOCKS = 2;
/** A block this short, and not a sentence, is a fragment: a label, a button, a counter. */
const FRAGMENT_WORDS = 6;
/** How short a line under the head's credit or date line is taken as more of it. */
const HEAD_FRAGMENT_WORDS = 4;
/** How many fragments in a row between two labelled blocks are taken as one of them. */
const FRAGMENT_RUN = 3;

/** A sentence of this many words carries the story on (jusText's "near-good" block). */
const CONTINUING_WORDS = 4;
/** How many blocks of furniture may stand between the story and a block that continues it. */
const CONTINUING_GAP = 5;

/**
 * Where the story runs: from its first to its last block of running prose, and on through
 * blocks that continue it, as jusText judges a block by its neighbours: a full sentence or a
 * table row no further than a few blocks from the story ("AUSTRALIA AHEAD" between two
 * paragraphs of results is the story's subheading, not a link after it). A block whose text
 * already reads as boilerplate (a credit, an appeal) never carries the story on.
 */
function storyExtent(
  signals: readonly BlockSignals[],
  prose: readonly boolean[],
  byText: readonly (BoilerplateReason | null)[],
  rows: readonly boolean[],
): [number, number] {
  let first = prose.indexOf(true);
  let last = prose.lastIndexOf(true);
  if (first === -1) return [first, last];
  const continues = (i: number) =>
    byText[i] === null &&
    (rows[i]! || (signals[i]!.sentence && signals[i]!.words.length >= CONTINUING_WORDS));
  for (let i = last + 1; i < signals.length && i - last <= CONTINUING_GAP; i++)
    if (continues(i)) last = i;
  for (let i = first - 1; i >= 0 && first - i <= CONTINUING_GAP; i--) if (continues(i)) first = i;
  return [first, last];
}

/**
 * The page's headline: its first heading, when it comes before the story and no more than a
 * few blocks (a menu, a notice) stand before it; -1 when there is none.
 */
function headlineIndex(
  source: Source,
  signals: readonly BlockSignals[],
  prose: readonly boolean[],
  byText: readonly (BoilerplateReason | null)[],
): number {
  for (let i = 0; i < Math.min(4, source.blocks.length); i++) {
    // A heading that states a whole sentence ("House prices recovered in December after three
    // monthly falls, a survey said.") is the story's summary set large, not its headline.
    if (source.blocks[i]!.type === 'heading') return summary(signals[i]!) ? -1 : i;
    // A site's notice over the page ("This site requires JavaScript…") reads as prose.
    if (prose[i] && byText[i] === null) return -1;
  }
  return -1;
}

/** A sentence of this many words or more, ended by a full stop, is a summary, not a headline. */
const SUMMARY_WORDS = 8;

function summary(s: BlockSignals): boolean {
  return s.words.length >= SUMMARY_WORDS && /\.["'”’)\]]*$/.test(s.text);
}

/** The same headline, or one with the site's name after it ("… Auto Show - CT Post"). */
function sameHeadline(key: string, headline: string): boolean {
  if (key === headline) return true;
  const [short, long] = key.length < headline.length ? [key, headline] : [headline, key];
  return (
    long.startsWith(`${short} `) &&
    short.split(' ').length >= 4 &&
    short.length >= long.length * 0.6
  );
}

/**
 * Running prose, by jusText's measures: long enough, and made of function words at the rate
 * sentences of a language are (jusText's "good" blocks; 0.3 is its threshold).
 */
function readsAsProse(s: BlockSignals): boolean {
  if (s.words.length >= 40) return s.stopDensity >= 0.2;
  return s.words.length >= 10 && s.sentence && s.stopDensity >= 0.25;
}

/**
 * A note on the writer after the story: "Julia Beizer is The Post's mobile projects editor."
 * A sentence or a few that open with a person's name and their work, at the page's end.
 */
const WRITER_NOTE =
  /^\(?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} (?:is|was|has been) (?:[Aa]n?|[Tt]he|\p{Lu}\S*['’]s)(?:,? [\p{L}\p{N}&'’-]+){0,6}? (?:writer|reporter|correspondent|editor|contributor|columnist|journalist|producer|curator|author|blogger|photographer|critic|analyst|attorney|lawyer|professor|researcher|consultant|founder|host)s?\b/u;
/** A note on the writer runs to a few sentences at most (an author's box is longer). */
const WRITER_NOTE_WORDS = 100;

function writerNote(s: BlockSignals): boolean {
  return s.words.length <= WRITER_NOTE_WORDS && s.sentence && WRITER_NOTE.test(s.text);
}

/** Short or thin: a menu entry, a label, a list of headlines, a byline. */
function furniture(s: BlockSignals, after = false): boolean {
  const numbers = s.words.filter((w) => /^\d/.test(w)).length;
  if (numbers >= 2 && numbers * 3 >= s.words.length) return false; // figures are data
  // After the story, headlines of other stories (which end without a full stop) run longer.
  if (s.words.length <= (after ? 15 : 8) && !s.sentence) return true;
  return s.words.length <= 20 && s.stopDensity < 0.2 && !s.sentence;
}

/** A line of capitals in a page written in mixed case: a promotion or a link to another story. */
function shouting(s: BlockSignals, type: string): boolean {
  if (type === 'heading' || s.words.length < 7 || s.sentence) return false;
  const letters = s.text.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 15 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  );
}

/**
 * The reason one block's text reads as boilerplate, or null. Exposed for measurement; pass the
 * block's signals when they are at hand.
 */
export function classifyText(
  text: string,
  wordCount: number,
  signals?: BlockSignals,
): BoilerplateReason | null {
  if (wordCount === 0 || (wordCount <= 3 && SPACER.test(text))) return 'separator';
  const s = signals ?? blockSignals(text, new Set());
  if (wordCount <= 30 && LETTER_SPACED.test(text)) return 'navigation';
  const short = wordCount <= 25;
  if (short && RELATED.test(text)) return 'related link';
  if (short && RELATED_LABEL.test(text)) return 'related link';
  if (wordCount <= 3 && !s.sentence && PLAY.test(text)) return 'related link';
  if (wordCount <= 8 && adLabel(text)) return 'advertisement';
  if (wordCount <= 60 && AFFILIATE.test(text)) return 'advertisement';
  if (wordCount <= 6 && GALLERY.test(text)) return 'caption';
  if (wordCount <= 60 && FILE_PHOTO.test(text)) return 'caption';
  if (wordCount <= 80 && CAPTION_POSITION.test(text)) return 'caption';
  if (wordCount <= 40 && CREDITED_CAPTION.test(text)) return 'caption';
  if (wordCount <= 12 && !s.sentence && MEDIA_LINK.test(text)) return 'related link';
  if (wordCount <= 12 && COMMENTS.test(text)) return 'call to action';
  if (wordCount <= 6 && SHARE.test(text)) return 'call to action';
  if (wordCount <= 5 && CONTENTS.test(text)) return 'navigation';
  if (wordCount <= 40 && COMMENT_NOTICE.test(text)) return 'call to action';
  if (wordCount <= 3 && BUTTON_WORDS.test(text)) return 'call to action';
  // A question that opens so is the story's ("Subscribe to what, exactly?").
  const asks = SUBSCRIBE_OPENING.test(text) && !text.endsWith('?');
  if (wordCount <= 30 && (asks || WE_SEND.test(text))) return 'call to action';
  if (CREDIT.test(text) && wordCount <= 40) return 'credit or byline';
  if (wordCount <= 12 && IMAGE_SOURCE.test(text)) return 'credit or byline';
  if (wordCount <= 15 && UPDATE_NOTE.test(text)) return 'date line';
  if (wordCount <= 4 && AGENCY.test(text)) return 'credit or byline';
  if (wordCount <= 6 && (DESK.test(text) || PHOTO_AGENCY.test(text))) return 'credit or byline';
  if (wordCount <= 8 && PAGE_REFERENCE.test(text)) return 'credit or byline';
  if (wordCount <= 10 && PHOTO_MARK.test(text)) return 'caption';
  if (wordCount <= 40 && SEND_US.test(text)) return 'call to action';
  if (wordCount <= 8 && !s.sentence && STAFF_TITLE.test(text) && /,|\|/.test(text))
    return 'credit or byline';
  if (wordCount <= 5 && TITLE_LINE.test(text)) return 'credit or byline';
  if (wordCount <= 40 && CONTACT.test(text)) return 'credit or byline';
  // A telephone number alone also stands in a listing of the story's (an address, a clinic).
  if (
    !s.sentence &&
    ((wordCount <= 12 && EMAIL.test(text)) || (wordCount <= 6 && PHONE.test(text)))
  )
    return 'credit or byline';
  if (wordCount <= 8 && NAME_AND_OUTLET.test(text)) return 'credit or byline';
  if (wordCount >= 2 && wordCount <= 16 && pageTools(s.words)) return 'navigation';
  if (short && LABEL.test(text)) return 'web address';
  if (wordCount <= 40 && (COPYRIGHT.test(text) || COPYRIGHT_OPENING.test(text)))
    return 'credit or byline';
  if (wordCount <= NOTICE_WORDS && COPYRIGHT_OPENING.test(text)) return 'notice';
  if (wordCount <= 16 && readsAsDate(text, s)) return 'date line';
  if (wordCount <= 8 && NUMERIC_STAMP.test(text)) return 'date line';
  const urlChars = (text.match(URL) ?? []).reduce((n, u) => n + u.length, 0);
  if (urlChars > 0 && urlChars >= text.length * 0.5 && wordCount <= 40) return 'web address';
  // The text without its quotations, taken out at most once (the costly part, on a long text).
  let unquoted: string | undefined;
  const unquote = () => (unquoted ??= withoutQuotes(text));
  // Every appeal speaks as the paper, names a channel or mentions cookies: only then is it
  // worth taking the quotations out.
  if ((SELF_OR_CHANNEL.test(text) || COOKIES.test(text)) && readsAsCallToAction(unquote()))
    return 'call to action';
  if (wordCount <= NOTICE_WORDS && NOTICE.test(unquote())) return 'notice';
  // A short block that sends the reader to click is a button or a promotion, whoever speaks.
  if (wordCount <= 40 && /\b(?:click|tap) here\b/i.test(unquote())) return 'call to action';
  return null;
}

/**
 * Stops and colons that end a line. Only where a run of them opens: tried from every place in a
 * run that does not end the line, `[.:…]+$` read the rest of the run again ("Ad" and 100,000
 * dots and a letter took 9.6 s).
 */
const TRAILING_STOPS = /(?<![.:…])[.:…]+$/;

/**
 * The word over an advertisement, or two such words joined by a dash or a bar ("Advertisement -
 * Continue reading below", "Anzeige | Werbung").
 */
function adLabel(text: string): boolean {
  const parts = text.split(SEPARATED);
  return parts.length <= 2 && parts.every((p) => AD_LABEL.test(p.replace(TRAILING_STOPS, '')));
}

/** Mostly calendar and clock words and numbers, with a word only a date has (or a year and a time). */
function readsAsDate(text: string, s: BlockSignals): boolean {
  if (s.dateDensity < 0.6) return false;
  // A date stamp gives a day or a year in figures, or says when the page was posted ("Posted
  // on", "Updated"): a month or a weekday alone names part of the story (a planner's "April",
  // a meal plan's "Monday", "Happy May Day."), as on all 18 such development blocks.
  if (!/\d/.test(text) && !s.words.some((w) => POSTING.test(w))) return false;
  if (s.words.some((w) => STRONG_DATE.test(w))) return true;
  return /\b(?:19|20)\d\d\b/.test(text) && /\b\d{1,2}:\d\d\b|\b\d{4}-\d\d-\d\d\b/.test(text);
}

function pageTools(words: readonly string[]): boolean {
  // A count stands beside a tool ("Trackback (0)", "Comments 12").
  return (
    words.every((w) => TOOL_WORDS.has(w) || /^\d+$/.test(w)) &&
    words.some((w) => TOOL_NAMES.test(w))
  );
}

/** A site's notice runs to a few sentences; a longer block is the story's (a report on terms). */
const NOTICE_WORDS = 120;

/** Beyond this many words an appeal names two things to do (`readsAsCallToAction`). */
const LONG_APPEAL_WORDS = 40;

function readsAsCallToAction(unquoted: string): boolean {
  const cues = new Set((unquoted.match(CTA_CUE) ?? []).map((c) => c.toLowerCase())).size;
  if (COOKIES.test(unquoted)) return true;
  // In a paragraph of more than 40 words one such word is a passing mention: a how-to's step
  // ("Tap the phone app…"), a review's verdict ("sign up for the mid-tier plan", its "premium"
  // plan); 12 of 62 such development blocks were appeals. An appeal that long names two things
  // to do (subscribe and follow, a newsletter and a membership), or asks for the publication's
  // own keep ("Your support allows us…", "we choose not to lock you out… with paywalls").
  const words = unquoted.split(/\s+/).length;
  if (words > LONG_APPEAL_WORDS && cues < 2 && !SUPPORT_CUE.test(unquoted)) return false;
  // The imperative and the paper, its channel or what it sells in one sentence ("Follow us on
  // Twitter", "Start your subscription today"): a story that says what a site "shows us" and
  // then "Watch Chris as he recites his favourites" asks nothing.
  const asks = unquoted
    .split(SENTENCE_OR_BAR)
    .some((s) => IMPERATIVE.test(s) && (SELF_OR_CHANNEL.test(s) || CTA_CUE_ONE.test(s)));
  if (asks || /\bthanks for (?:subscribing|signing up)\b/i.test(unquoted)) return true;
  if (/\bclick here\b|\btap here\b/i.test(unquoted) && SELF_OR_CHANNEL.test(unquoted)) return true;
  // An appeal that does not open with an imperative still speaks to the reader as the paper.
  // News about subscriptions is told in the third person, and a shopping guide speaks to "you"
  // of other companies' offers; an appeal speaks to "you" as "we", the paper.
  return cues >= 1 && SECOND_PERSON.test(unquoted) && /\b(?:we|us|our)\b/i.test(unquoted);
}

function withoutQuotes(text: string): string {
  let out = '';
  let at = 0;
  const spans = findQuotes(text);
  for (let k = 0; k < spans.length; k += 2) {
    out += `${text.slice(at, spans[k]!)} `;
    at = spans[k + 1]!;
  }
  return out + text.slice(at);
}
