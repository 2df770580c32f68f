import { blockSignals, type BlockSignals } from './blockSignals';
import type { BoilerplateReason } from './boilerplate';
import { findQuotes } from './quotes';

// What a block's text alone says it is, before its place in the page is weighed
// (`classifyBlocks` in boilerplate.ts weighs that).

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
 * An appeal's button alone on a line ("SUBSCRIBE", "Sign up now", "FOLLOW"). "Sign in" and "Log
 * in" are left to the menus they stand in.
 */
const BUTTON_WORDS =
  /^(?:subscribe|sign up|join now|donate|follow(?: us)?)(?: now| today| here)?\W*$/i;
/** The paper offering to write to the reader ("Every day we send an email with the top stories"). */
const WE_SEND =
  /\bwe(?:'ll| will)? (?:send|email|e-mail|deliver) (?:you )?(?:(?:an?|our|the) )?(?:[\w-]+ )?(?:e-?mail|newsletter)s? (?:with|of|featuring|full of)\b/i;
/** The word a page prints over an advertisement, in the languages of most news pages. */
const AD_LABEL =
  /^(?:advertisements?|advertising|advert|(?:print )?sponsor|sponsored(?: content| links?)?|promoted|ad|continue reading below|story continues below|article continues below|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklame|reklama|advertentie|annons|mainos|iklan|реклама|広告|广告|광고)$/iu;
/** A disclosure that the page earns from the links in it. */
const AFFILIATE =
  /\bif you (?:buy|purchase|click) (?:something |anything )?(?:through|via|from) (?:our |my |these |the )?(?:recommended |affiliate )?links\b|\b(?:may|might|will) earn (?:an? )?(?:small )?(?:affiliate commission\b|commission if you (?:buy|purchase|click)\b)|\b(?:post|posts|page|article|site|blog|video)s? (?:may )?contains? (?:\w+ )?affiliate\b|\bas an? [\w ]{1,20} affiliate,|\b(?:we|i) (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation) (?:from|on|if|when)\b|\b(?:we|i) may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)[.!](?:\s|$)|\bmay (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation) for (?:some |any )?(?:links|purchases|products)\b|\bbased (?:solely )?on editorial selection\b/i;
/** Where a picture comes from, on a line of its own ("Image from the March 2024 review"). */
const IMAGE_SOURCE =
  /^(?:image|photo|picture|illustration)s? (?:from|provided by|via|courtesy(?: of)?)\s+\S/i;
/**
 * A news picture's caption, which says what picture it is ("…, in this June 3, 2007, file
 * photo."): a wire caption's own words.
 */
const FILE_PHOTO = /\bin (?:this|a|an) (?:[\w,]+ ){0,6}file (?:photo|photograph|picture|image)\b/i;
/**
 * A link to a gallery or a video, as a line of its own ("In pics: Cup semi-final action", "Watch
 * On FORBES: …").
 */
const MEDIA_LINK =
  /^(?:in pictures|in pics|photos|gallery|video|(?:watch|listen)(?: (?:on|at) [\w.&'’ -]{1,30}?)?)\s*:\s*\S/i;
/** A note that the page was revised, with or without a date ("This post was last updated July 2021"). */
const UPDATE_NOTE =
  /^this (?:post|article|story|page|piece) (?:has been|was) (?:last )?(?:updated|revised|modified)\b/i;
/** A picture's place in a gallery ("Image 3 of 23", "Photo 2/10"; "Image 3 of / 23" when a
 * counter's parts are apart in the markup; "1 of 5" or "1 / 8" alone, but not "4/5", a rating). */
const GALLERY =
  /^(?:(?:image|photo|picture|slide)s?\s+\d+\s*(?:of|\/)\s*\/?\s*\d+|\d+ of \d+|\d+ \/ \d+)$/i;
/**
 * A player's or a gallery's control, or a page widget's label, alone on its line ("Close",
 * "Embed", "Replay", "Show Thumbnails", "Buy Photo", "Loading new images...", "Scroll down for
 * video", "Average (Not Rated)", "450 Shares"): words a story does not print as a paragraph.
 */
const WIDGET =
  /^(?:close|x|embed|replay|autoplay|mute|unmute|enlarge|full ?screen|now playing|up next|show thumbnails|(?:show|hide) captions?|buy (?:this )?photo|close (?:the )?(?:video )?player|loading(?: new| more)? (?:images|photos|pictures|videos?|comments)|scroll (?:down|through)(?: the)? (?:for|to see)?\s*(?:the )?(?:video|gallery|photos|pictures|images)\b[^.!?]{0,60}|view (?:the |full )?(?:gallery|slideshow)|(?:average\s*)?\(?not (?:yet )?rated\)?|recommend this (?:story|article)|give us (?:your )?feedback|read (?:the )?full (?:article|story)|[\d.,]+k? shares|shares|continued)$/i;
/**
 * What a site's account box says to its reader ("Log in", "Forgot your password?", "We’ve sent
 * you an email with instructions…", "Your username will appear next to your comments."): the
 * steps of signing in, never of a story, which tells of accounts in the third person. A "Log in"
 * in a menu is the account box's too, and inside a comment box it is part of the box, not a
 * menu that ends it.
 */
const ACCOUNT =
  /^(?:log ?in|sign ?in|register|\*?\s*(?:invalid|please enter a valid) (?:e-?mail(?: address)?|name|password)|social account|choose a username|check your (?:inbox|e-?mail)|you[’']re all set!?)$|\b(?:forgot (?:your )?(?:password|username)|reset (?:your )?password|enter (?:a |your )?new password|your password has been|we[’']ve sent (?:you )?(?:an? )?(?:e-?mail|registration|confirmation|link)|confirm your (?:registration|e-?mail address|account)|(?:already|now) (?:have an account|registered|a registered user)|(?:log|sign) (?:in|up) with (?:a |your )?(?:social|facebook|google|twitter)|(?:create|need|don[’']t have) (?:an |a new )?account|or create an account|your (?:username|display name) will appear|(?:username|e-?mail)(?: or (?:username|e-?mail))? is (?:already )?associated with|never post to your (?:social media )?account|please (?:log|sign) ?in\b|register for (?:an? )?(?:new |free )?account\b|to complete (?:your )?registration\b)/i;
/**
 * Where a story first ran, that it will change, or what series it belongs to, as its page notes
 * it ("This article originally appeared on HuffPost.", "This story will be updated as more
 * information becomes available.", "A version of this article appeared in print on…", "This
 * column is part of CBC's Opinion section."): the page's note on the story, not the story.
 */
const STORY_NOTE =
  /^(?:editor[’']s note:\s*)?(?:this (?:article|story|post|piece) (?:was |has )?(?:originally |first )?|(?:the|this) (?:article|story|post|piece) (?:was |has )?(?:originally|first) )(?:appeared|published|ran|posted) (?:on|in|at)\b|^(?:editor[’']s note:\s*)?this (?:article|story|post|page|report) (?:is being|will be) updated\b|^a version of this (?:article|story|review|column) appear(?:s|ed) in print\b|^this (?:article|story|post|piece|column|essay|interview|feature|report) is (?:a )?part of (?:[\w’'.-]+ ){0,6}(?:series|section|package|collection|installment|project)\b/i;
/**
 * A wire story's foot that says where its writers were ("Marshall reported from Washington and
 * Rubin from Vienna."), in a sentence of its own.
 */
const REPORTED_FROM =
  /^\p{Lu}[\p{L}'’-]+(?:(?:,| and) \p{Lu}[\p{L}'’-]+)* reported (?:from|this story from)\b[^.!?]{0,80}\.$/u;
/**
 * A head of other stories that names where they come from ("Latest from the Chron.com
 * Homepage", "Also in Lifestyle", "More in Science", "From other news sites:") or says so before
 * a colon ("Recent news:", "Explore further: …", "Watch next: …"). An agency's "On the Net:" is
 * `NET_HEAD`'s. "More in" and "Also in" need a capital after them, as a section's name has:
 * "More in store for…" opens a story's line.
 */
const RELATED_FROM =
  /^(?:(?:latest|also) from (?:the )?\S+(?: \S+){0,3}(?<![.!?])|from other (?:news )?(?:web ?)?sites\W*|also featured(?: today)?|(?:explore further|recent (?:news|posts|stories)|more about|more on [^.!?:]{1,30}|watch next)\s*:.*)$/i;
/**
 * Another story's headline with its age, as a list of other sites' stories prints it ("CNN iPod
 * takes Apple to record profits - 21 hrs ago"): a story's sentence does not end on its age, and
 * a page's stamp ("Posted on Nov 06 2012 | 1:23 pm - 3 hours ago") is a date line.
 */
const AGED_HEADLINE =
  /^(?!(?:posted|updated|published|by)\b)[^.!?\n]{5,150}\s[-–—]\s*\d+ (?:hrs?|hours?|mins?|minutes?|days?|weeks?) ago$/i;
/**
 * A wire story's head over the addresses of its sources ("On the Net:"), alone on its line: the
 * page's pointers, as the addresses under it are (`addressHeads` in boilerplate.ts).
 */
const NET_HEAD = /^on the (?:net|web)\s*:?$/i;
/**
 * A line that sends the reader elsewhere for more ("Learn more about the mission in our cover
 * story.", "Get the latest Microsoft stock price here.", "You can view our June open thread
 * here."), in one clause: a sentence of the story's that opens so goes on ("Learn more about
 * your rights, the advocate said…").
 */
const MORE_ELSEWHERE =
  /^(?:learn more about\b[^.!?,;"“”]{0,80}[.!]?|(?:get the latest|you can (?:view|read|find|see) our)\b[^.!?,;"“”]{0,60}\bhere\W*)$/i;
/** The case-sensitive part of `RELATED_FROM` (a case-blind pattern reads `\p{Lu}` as any letter). */
const SECTION_MORE = /^(?:[Mm]ore|MORE|[Aa]lso|ALSO) (?:in|IN) \p{Lu}\S*(?: \S+){0,2}$/u;
/** A row of page numbers ("Page: 1 2 Next →", "« Previous 1 2 3 Next »"). */
const PAGINATION =
  /^(?:pages?\s*:?\s*)?(?:[«‹←]\s*)?(?:prev(?:ious)?\s*)?(?:\d+\s+)+(?:next|more)\s*[»›→]?$|^pages?\s*:\s*(?:\d+\s*)+$/i;

/**
 * A blog post's stamp at its foot, as blog software prints it ("This entry was posted on
 * Thursday, August 9th, 2012 and is filed under…", "… Bookmark the permalink."); its categories
 * are `RELATED`'s ("Posted in: Fantasy |", "Filed under Uncategorized.").
 */
const POST_STAMP =
  /^this entry was posted\b|\bbookmark the permalink\b|^this was written by\b[^.!?]{1,40}\.\s*posted (?:on|in)\b/i;
/**
 * What a blog's comment box says of following and answering a post ("You can follow any
 * responses to this entry through the RSS 2.0 feed.", "Trackbacks are closed, but you can post a
 * comment.", "Notify me of follow-up comments via email.").
 */
const RESPONSES =
  /\byou can follow any responses to this entry\b|\byou can leave a response\b|\b(?:both )?comments and (?:trackbacks|pings) are (?:currently )?closed\b|^trackbacks are closed\b|^notify me of (?:follow-?up|new) (?:comments|posts)\b/i;
/** A breadcrumb trail's label ("You are here: Home / Cook & Bake / …"). */
const BREADCRUMB = /^you are here\s*:/i;
/** A link to the next or the last post ("Next Article", "« Previous Post"), or a media tab. */
const NEIGHBOUR_POST = /^(?:next|previous|prev|older|newer) (?:article|post|story|entry)s?$/i;
const MEDIA_TAB = /^(?:gallery|video|videos|photo|photos|audio)$/i;
/** A newsletter's button ("NEWSLETTER SIGN UP", "Sign up for our newsletter"). */
const NEWSLETTER =
  /^(?:newsletter|e-?mail) sign[- ]?up$|^sign[- ]?up for (?:our|the) (?:free )?(?:e-?mail )?newsletters?\W*$/i;

/** The head of a comment box, or the box itself ("12 comments", "Leave a reply"). */
const COMMENTS =
  /^(?:\d+\s+)?(?:comments?|replies|комментари[йия]|отзывы|coment[aá]rios?|kommentare?|commentaires?|commenti|reacties)$|^(?:добавить (?:отзыв|комментарий))$|^(?:leave|post|add|write|view|show|read|see)\s+(?:a|the|all|your|\d+)?\s*(?:comments?|replies|reply)\b|^tell us what you think\W*$|^(?:have your say|your comments)\W*$|^talkbacks?\b|^(?:do you have|any) comments? on this (?:story|article)\W*$|^your views on this (?:story|article)\b|^to have your say\b|^join the (?:discussion|conversation)\b|^comments? (?:are|is) (?:closed|moderated)\b/i;
/** What a picture's credit says: the picture, a copyright sign, an agency or a picture library. */
export const IMAGE_CREDIT =
  /\b(?:photo|photos|photograph|image|images|picture|illustration|graphic|video)\b|©|\(c\)|\b(?:getty|shutterstock|alamy|reuters|afp|epa|associated press|ap photo|courtesy)\b/i;
/** A share or follow widget's label ("Share this:", "Share on Facebook", "Connect with us"). */
const SHARE =
  /^(?:share(?: this| the| on| via| it)?|connect with us|follow us(?: on)?|click to follow)\b[^.!?]{0,40}:?$/i;
/** A story's short address offered to share: "Read or Share this story: http://usat.ly/2lppXg7". */
const SHARE_ADDRESS = /^(?:read or )?share this (?:story|article|post|page)\s*:\s*\S+$/i;
/** A table of contents' head ("Contents", "In this article:", "Jump to"). */
const CONTENTS =
  /^(?:(?:table of )?contents|in this (?:article|post|story|guide|page)|jump to)\s*:?$/i;
/**
 * The notice of a comment box: "By posting a comment, you consent to…", "Comments are closed",
 * what it says once a comment is sent ("Your comment has been saved.", "Your comment could not
 * be posted."), and its tips ("…if you want a pic to show with your comment, go get a gravatar!"),
 * in the languages of the development pages ("Comentários … não serão aprovados").
 */
const COMMENT_NOTICE =
  /^your comment (?:could not be (?:posted|saved|submitted)|has been (?:saved|posted|submitted|received)|is awaiting moderation)[.!:]|\bif you want a (?:pic|picture|photo|image|avatar) to show with your comment\b|\bplease share your (?:comments|thoughts|views)(?: below| with us)?\W*$|\bcoment[aá]rios\b[^.!?]{0,80}\bn(?:ão|o) ser(?:ão|án) (?:aprovados|publicados|aprobados)\b|\byour comments may be published\b|\bthis (?:feedback|discussion|thread) is (?:now )?closed\b|^(?:by (?:posting|submitting|leaving) (?:a |your )?comments?\b|comments? (?:are|is) (?:now )?(?:closed|moderated|filtered|reviewed|screened|pre-?moderated)\b|(?:note:\s*)?we (?:are )?(?:\w+ )?moderating (?:all )?comments\b|you must (?:be )?(?:log(?:ged)? ?in|login|register(?:ed)?|sign(?:ed)? in)\b[^.!?]{0,30}\b(?:to|before) (?:post|comment|reply)\b)/i;
/** Picture and news agencies, as a credit names them. */
const AGENCY_NAME =
  '(?:ap|afp|epa|reuters|associated press|getty(?: images)?|shutterstock|alamy|pa(?: wire| media| images)?|zuma(?:press)?(?:\\.com)?|xinhua|anadolu(?: agency)?|bloomberg|ap images|epa-efe|efe|aap|nzpa|cp|canadian press|press association|dpa|upi|pti|ians|ani)';
/**
 * A credit that is only agencies' names, as a photo's corner or a wire story's foot prints it
 * ("AFP/Getty Images", "AFP, AP", "- NZPA").
 */
export const AGENCY = new RegExp(
  `^(?:[-–—]\\s*)?\\(?${AGENCY_NAME}(?: photo)?(?:\\s*[,/&]\\s*${AGENCY_NAME}(?: photo)?)*\\)?$`,
  'i',
);
const CREDIT =
  /(\bcontributed to (?:this|the) (?:story|report|article)\b|^[^.!?]{3,80}\bcontributed (?:additional )?reporting\b[^.!?]{0,60}\.?$|^(?:by|words by|reporting by|written by|posted by|story by|text by|contributed by)\s*:?\s+(?!\S+ing\b)\S.{0,80}$|^by [^!?,]{2,60}, [^.!?,]{0,40}\b(?:writer|correspondent|reporter|editor)s?\b|^(?:article|story|report|text) (?:from|courtesy of)\s*:?\s+\S.{0,60}$|^(?:[-–—]\s*)?\(?(?:additional )?reporting by\b.{0,120}\bediting by\b|^(?:with |additional )*reporting (?:by|from)\s+\S.{0,80}$|^\(?(?:(?:featured|top|header|lead|main) )?(?:photo|image|picture|photograph|video|graphic|illustration|photo-illustration)s?(?: caption| credit)?\s*(?:by|:|\))|\((?:photo|image|picture|credit)s?\s*:[^)]{1,60}\)\s*$|\b(?:getty images|shutterstock|ap photo|reuters\/|afp photo)\b|^(?:image|media|photo|picture|video) (?:caption|credit|copyright)\b|^source\s*:\s*\S.{0,60}$|^[^.!?]{0,40}\bwith (?:files|a report|reports|additional reporting) from\b[^.!?]{0,60}$|\binformation (?:for|in) this (?:report|story|article) (?:was |came )?(?:provided )?(?:by|from)\b|^\(\s*(?:editing|reporting|writing) by\b[^)]{1,80}\)$|^write to [^.!?]{1,60}\bat [\w.+-]+@|^(?:posted|filed) (?:in|under) [^.!?]{1,80}\bby\b[^.!?]{0,80}$|^[^!?·]{1,80}(?:\s·\s[^!?·]{1,80}){1,4}$|^[^.!?]{2,60}(?:\s[/|]\s[^.!?/|]{1,40}){2,}$)/i;
/**
 * How to reach the writer, after the story: "To contact the reporter on this story: …", "Reach
 * the writer at …", "Twitter: @handle", or a name with an e-mail address or a telephone number
 * and nothing more.
 */
const CONTACT =
  /^(?:(?:twitter|x)\s*:\s*@\w+\.?$|to (?:contact|reach|e-?mail) (?:the |a |an )?(?:[\w-]+ ){0,3}(?:reporters?|writers?|authors?|editors?|correspondents?)\b|(?:contact|reach|e-?mail) (?:the )?(?:reporter|writer|author|columnist)s? (?:at|on|via)\b)/i;
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
/** A writer's titles, as a byline or a staff box names them. */
const ROLES = 'writer|reporter|correspondent|editor|contributor|columnist|journalist|bureau chief';
const STAFF_TITLE = new RegExp(`\\b(?:${ROLES}|staff)s?\\b`, 'i');
/**
 * A name over a title in a staff box ("Zoe Doe" over "D.C. Courts Reporter", "Sam Roe" over
 * "Editor in Chief", read as one line): capitalised words that end with the title.
 */
const STAFF_LINE =
  /^\p{Lu}[\p{L}.'’-]+ \p{Lu}[\p{L}.'’-]+ (?:(?:\p{Lu}[\p{L}.'’-]*|in|of|at|for|and|the) )*\p{Lu}\p{Ll}+$/u;
const ROLE_END = new RegExp(`\\b(?:${ROLES}|editor in chief)$`, 'i');
/**
 * A writer's title alone on its line, as an author's box prints it under the name ("Former
 * Staff Writer", "Senior Correspondent"), or the head of a reviewer's credit ("Reviewed by").
 */
const TITLE_LINE =
  /^(?:(?:a\.?p\.?|associated press|reuters|afp|upi|bloomberg|former|senior|staff|contributing|guest|chief|managing|associate|deputy|executive|news|sports?|political|business|science|health|foreign|investigative|freelance|special|lead|assistant|opinion) )*(?:writer|reporter|correspondent|editor|contributor|columnist|journalist)s?$|^(?:reviewed|fact[- ]checked|medically reviewed) by:?$|^about the (?:author|writer|reporter)s?:?$/i;
/**
 * The head of an author's box alone on its line, over the note, which it says is the writer's
 * however the note opens (`authorNotes` in boilerplate.ts). Literals, not one pattern built
 * twice, so that `npm run bench -- patterns` times them.
 */
export const ABOUT_THE_AUTHOR = /^\W*about the (?:author|writer|reporter|contributor)s?\W*$/i;
/** An author's box that gives its head on the note's own line ("About the author: As the…"). */
const AUTHOR_BOX = /^\W*about the (?:author|writer|reporter|contributor)s?\s*[:.–—-]\s*\S/i;
/** An author's box runs to a paragraph or two. */
export const AUTHOR_BOX_WORDS = 200;
export const RELATED =
  /^(?:related(?: articles?| stories| coverage| posts?| content)?\b|read (?:more|also|next)\b|see (?:also|more)\b|more (?:on this|from)\b|more (?:stories|news)(?:\s*:|\s*$|\s+(?:on|about|from|like|in)\b)|more:|also:|also read\b|\W*(?:more (?:articles|stories|posts) )?you (?:may|might) (?:also )?(?:like|enjoy|be interested)\b|if you (?:liked|enjoyed) (?:this|that)\b[^.!?]{0,40}\byou (?:may|might) (?:also )?(?:like|enjoy)\b|(?:what|where) to read next\W*$|latest (?:news|posts|articles|stories)$|(?:(?:today|this week)['’]s |the )?(?:more|other|recent|latest|top|related|hot) (?:[\w'’-]+ ){0,2}(?:stories|articles|posts|reads|topics)(?: now| today| this week)?\W*$|links to (?:more|other|related) (?:[\w'’-]+ ){0,2}(?:stories|articles)\W*$|don't miss\b|show all\b|filed under\b|filed in\s*[:.]|tags?:|categor(?:y|ies):|read on\s*:?$|related posts?\s*:|further reading\b|this entry was (?:tagged|filed)\b|(?:posted|published) in\s*:|posted in [^.!?|]{1,60}\|)/i;
/**
 * A stamp's part that lists the post's tags or category ("Published: October 31st, 2012 | Tags:
 * NFL AM", "05/10/2018 - Publicado por: Jane Doe - Categoria: Saúde").
 */
const TAGS_PART = /(?:\||\s[-–—]\s)\s*(?:tags?|categor(?:y|ies|ia|ía))\s*:/i;
/**
 * Words that head a list of other pages only as a label of their own ("Recommended reading",
 * "Most popular", "Trending:", "We Also Recommend"): the same words open the story's own lines
 * ("Recommended for beginners", "Popular brands like…"), as on 19 of the 24 development blocks
 * they opened.
 */
const RELATED_LABEL =
  /^(?:(?:recommended|popular|most popular|trending|most (?:read|viewed|e-?mailed|commented|shared|watched)|(?:we )?also recommend(?:ed)?)(?: (?:for you|reading|content|posts?|stories|articles?|videos?|news|now|this week|today))?|(?:(?!the )[\w'’-]+ ){0,2}headlines)\s*(?::|$)/i;
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
 * responsible for the content of external sites", "do not necessarily reflect the views of",
 * "The opinions expressed in this commentary are his own"), or what the page needs to be read
 * ("This site requires JavaScript", "best viewed in"), and a finance page's notes on its figures
 * and writers ("Quotes delayed at least 15 minutes", "Jane Doe has no position in any stocks
 * mentioned"). Each is a phrase a site uses of itself; a story about a lawsuit or a browser
 * words it otherwise.
 */
const NOTICE =
  /\bmay not be (?:re)?(?:published|reproduced|copied|broadcast|distributed|rewritten)(?:,? (?:or |and )?(?:re)?(?:published|reproduced|copied|broadcast|distributed|rewritten|transmitted|displayed|stored)){1,}\b|\bis the intellectual property of\b|\bwithout (?:the )?(?:prior )?(?:express )?written (?:permission|consent)\b|\b(?:is|are) not responsible or liable\b|\b(?:is|are) not responsible for the content of (?:external|other|third[- ]party|linked) (?:web ?|internet )?(?:sites|pages|links)\b|\bthe full (?:article|story|text) (?:contains|is) \d[\d,]* words\b|\bdoes not endorse\b[^.!?]{0,60}\bexternal\b|\b(?:do|does) not necessarily (?:reflect|represent) (?:the )?(?:views?|opinions?|thoughts?|positions?)(?: (?:or|and) (?:the )?(?:views?|opinions?|thoughts?|positions?))? of\b|\bin no way (?:do|does) (?:they|it|these) (?:represent|reflect)\b|\b(?:views|opinions) expressed (?:in this (?:commentary|article|column|post|piece|op-ed|essay) |here(?:in)? )?are (?:solely |entirely )?(?:his|hers?|theirs?|the author[’']s|those of the (?:author|writer)s?)\b|\bquotes? (?:are )?delayed (?:by )?(?:at least |up to )?\d+ minutes\b|\bmarket data (?:provided|powered|supplied) by\b|\bhas no position in any (?:of the )?stocks mentioned\b|\bhas a disclosure policy\b|\b(?:media|video|audio) playback is (?:unsupported|not supported)\b|\byour browser does not support (?:the |this )?(?:video|audio|html5|embedded)\b|^(?:this (?:web ?)?(?:site|page|slideshow|video|gallery|feature) requires\b|site requirements\b|(?:this )?(?:web ?)?site (?:is )?best viewed\b)/i;
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
 * latest news", "Keep up with money news, sent to your inbox", "send your experiences using the
 * form below").
 */
const SEND_US =
  /(?:^|[:.!?] )send (?:us )?(?:your )?(?:photos|pictures|videos|news tips?|tips|tip-offs)\b|\bheadlines\b[^.!?]{0,30}\b(?:e-?mailed|per e-?mail|by e-?mail|to your inbox)\b|^(?:e-?mail|send) this (?:story|article|page) to a friend\b|\bvisit (?:www\.|https?:)\S+ for\b|\b(?:using|via|with|through|in|on) the form below\b|^[^.!?]{0,60}\b(?:sent|delivered) (?:straight |directly |right )?to your inbox\W*$/i;
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
/**
 * A picture's source and maker run together with a slash, as under a picture ("GETTY/US NAVY",
 * "Twitter/@handle", "Eric Doe/Example Pictures", "twitter.com/handle"); a head that pairs two
 * things spaces its slash ("Reboots / Remakes"), and a list's item pairs them in lower case
 * ("unprotected sex/sharing needles").
 */
const SLASH_CREDIT =
  /^(?=[\p{Lu}@]|[\p{Ll}\p{N}-]+\.\p{Ll}{2,}\/)[\p{L}@][\p{L}\p{N}@.&'’ -]{1,30}(?<! )\/(?! )[\p{L}@][\p{L}\p{N}@.&'’ -]{1,30}$/u;
/**
 * A wire story's foot that names who helped and where ("Ann Lee and Jo Park in
 * Helsinki, Finland, contributed."), as the last sentence of its block.
 */
const CONTRIBUTED_FROM =
  /(?:^|[.!?] )(?:Associated Press (?:writers?|reporters?) )?[A-Z][\w'’-]+ [A-Z][\w'’-]+(?:(?:,| and) [A-Z][\w'’-]+ [A-Z][\w'’-]+)* in [A-Z][^.!?]{1,60} contributed\.$/;
/**
 * The paper sending its reader to its accounts or asking to pass the story on ("You can follow
 * SPACE.com on Twitter…", "Like us on Facebook", "Just hit 'Like' on our Facebook page…", "Like
 * this story? Share it with a friend!", "If you enjoyed this article, enter your email below…").
 */
const FOLLOW_US =
  /(?:^|[.!?] )(?:just )?hit ['‘"]?like['’"]? on our\b|^(?:like|follow) us on (?:facebook|twitter|instagram)\b(?![^.!?]*[,"”])|^(?:you can (?:also )?follow (?:us|[\w.]+) on (?:twitter|facebook|instagram)\b|(?:like|liked|enjoy|enjoyed|love|loved) this (?:story|article|post)\?\s*(?:please )?(?:share|tell|pass)\b|if you (?:liked|enjoyed) (?:this|our) (?:article|story|post|piece),)/i;
/** A science site's line on how to cite the story ("Citation: … (2019, November 18) retrieved…"). */
const CITATION = /^citation\s*:[^\n]{1,200}\bretrieved\b/i;
/** Where the story stood in print ("World View, Page 14"). */
const PAGE_REFERENCE = /^[^.!?]{2,40}, page \d+$/i;
/**
 * A caption that ends with its picture's credit ("… on a ridgeline. Photo: iRunFar/Jane Doe",
 * "… is for sale on eBay. Photo / Reuters", or the credit on a line of its own below).
 */
const CREDITED_CAPTION =
  /(?:[.!?] |\n)(?:photo|picture|image|photograph)s? ?[:/] ?[^.!?\n]{2,40}$/i;
/**
 * A caption that ends with its picture's maker and agency in brackets ("… react to the news.
 * (Jane Doe/The Washington Post)", "(AP Photo/John Roe)").
 */
const BRACKETED_CREDIT = /\((?:photo:? )?[\p{L}.'’ -]{2,40}\/[\p{L}.'’ &-]{2,40}\)$/u;
/** A caption's mark that it shows an older picture ("Pervez Musharraf (file photo)"). */
const PHOTO_MARK = /\((?:file )?(?:photo|picture|image)\)$/i;
/** A mis-decoded no-break space alone ("Â"), as a page's spacer cells leave it. */
const SPACER = /^[\sÂ\u00a0]+$/;
/** A heading set letter by letter ("R E L A T E D C O N T E N T"): a page's design, not its prose. */
const LETTER_SPACED = /^(?:\p{L} ){5,}\p{L}$/u;

/**
 * A stamp that names when the page went up, after whatever the page prints before it ("CNNMoney
 * (New York) First published December 8, 2015: 10:57 AM ET"): a full date right after the word.
 */
const STAMP =
  /\b(?:first |last )?(?:published|updated|posted)(?: on| at)?:? (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4})\b/i;

/** Words that say when a page was put up or changed. */
export const POSTING = /^(?:updated|posted|published|modified|ago)$/;

/**
 * Parts of a line set apart by a dash, bar or middle dot with white space around it. A match
 * opens only where a run of white space does (`(?<!\s)`): tried from inside a run, `\s+` read
 * the rest of the run again, and a paragraph of a few thousand spaces took seconds.
 */
export const SEPARATED = /(?<!\s)\s+[-–—|·]\s+/;
/** Sentences and bar-separated parts; a run of white space is read once, as above. */
export const SENTENCE_OR_BAR = /(?<=[.!?])\s+|(?:(?<!\s)\s+)?\|\s*/;

/** A template's field left unfilled: a dotted name in double braces ("{{article.page + 1}}"). */
const PLACEHOLDER = /\{\{\s*[A-Za-z_$][\w$]*\.[\w$][^{}]*\}\}/g;
/** What a line of template code holds besides its fields: markup, statements, assignments. */
const CODE_MARKS = /[<>=;]|\{%/;

/**
 * A line the page's template printed with its fields unfilled: two fields or more and nothing of
 * code around them. One field in a sentence is how a tutorial writes of templates ("put {{
 * page.title }} in the head"); code stands in markup or statements.
 */
function unfilledTemplate(text: string): boolean {
  return (text.match(PLACEHOLDER)?.length ?? 0) >= 2 && !CODE_MARKS.test(text);
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
  if (short && (RELATED.test(text) || TAGS_PART.test(text))) return 'related link';
  if (short && RELATED_LABEL.test(text)) return 'related link';
  if (wordCount <= 3 && !s.sentence && PLAY.test(text)) return 'related link';
  if (wordCount <= 8 && adLabel(text)) return 'advertisement';
  if (wordCount <= 60 && AFFILIATE.test(text)) return 'advertisement';
  if (wordCount <= 6 && GALLERY.test(text)) return 'caption';
  if (wordCount <= 12 && WIDGET.test(text.replace(/^[>»\s]+/, '').replace(TRAILING_STOPS, '')))
    return 'navigation';
  if (wordCount <= 12 && PAGINATION.test(text)) return 'navigation';
  if (wordCount <= 30 && BREADCRUMB.test(text)) return 'navigation';
  if (wordCount <= 4) {
    const bare = withoutArrows(text);
    if (NEIGHBOUR_POST.test(bare) || (wordCount === 1 && MEDIA_TAB.test(bare))) return 'navigation';
  }
  // A line of the page's template printed unfilled ("Page {{article.page + 1}} / {{article.pages}}").
  if (wordCount <= 60 && text.includes('{{') && unfilledTemplate(text)) return 'template';
  if (wordCount <= 60 && POST_STAMP.test(text)) return 'credit or byline';
  if (wordCount <= 60 && RESPONSES.test(text)) return 'call to action';
  if (wordCount <= 8 && NEWSLETTER.test(text)) return 'call to action';
  if (wordCount <= 25 && (RELATED_FROM.test(text) || SECTION_MORE.test(text)))
    return 'related link';
  if (wordCount <= 30 && AGED_HEADLINE.test(text)) return 'related link';
  if (wordCount <= 60 && FILE_PHOTO.test(text)) return 'caption';
  if (wordCount <= 80 && CAPTION_POSITION.test(text)) return 'caption';
  if (wordCount <= 40 && CREDITED_CAPTION.test(text)) return 'caption';
  if (wordCount <= 60 && BRACKETED_CREDIT.test(text)) return 'caption';
  if (wordCount <= 12 && !s.sentence && MEDIA_LINK.test(text)) return 'related link';
  if (wordCount <= 15 && MORE_ELSEWHERE.test(text)) return 'related link';
  if (wordCount <= 3 && NET_HEAD.test(text)) return 'web address';
  if (wordCount <= 12 && COMMENTS.test(text)) return 'call to action';
  if (wordCount <= 6 && SHARE.test(text)) return 'call to action';
  if (SHARE_ADDRESS.test(text)) return 'call to action';
  if (wordCount <= 5 && CONTENTS.test(text)) return 'navigation';
  if (wordCount <= 60 && COMMENT_NOTICE.test(text)) return 'call to action';
  if (wordCount <= 3 && BUTTON_WORDS.test(text)) return 'call to action';
  // A question that opens so is the story's ("Subscribe to what, exactly?").
  const asks = SUBSCRIBE_OPENING.test(text) && !text.endsWith('?');
  if (wordCount <= 30 && (asks || WE_SEND.test(text))) return 'call to action';
  if (CREDIT.test(text) && wordCount <= 40) return 'credit or byline';
  if (wordCount <= 12 && IMAGE_SOURCE.test(text)) return 'credit or byline';
  // A longer one says what changed ("…updated March 21 at 5:15 p.m. EDT to include comments…").
  if (wordCount <= 40 && UPDATE_NOTE.test(text)) return wordCount <= 15 ? 'date line' : 'notice';
  if (wordCount <= 4 && AGENCY.test(text)) return 'credit or byline';
  if (wordCount <= 6 && (DESK.test(text) || PHOTO_AGENCY.test(text))) return 'credit or byline';
  if (wordCount <= 4 && SLASH_CREDIT.test(text)) return 'credit or byline';
  if (wordCount <= 8 && PAGE_REFERENCE.test(text)) return 'credit or byline';
  if (wordCount <= 10 && PHOTO_MARK.test(text)) return 'caption';
  if (wordCount <= 40 && SEND_US.test(text)) return 'call to action';
  if (wordCount <= 40 && ACCOUNT.test(text)) return 'call to action';
  if (wordCount <= 60 && STORY_NOTE.test(text)) return 'notice';
  if (wordCount <= 15 && REPORTED_FROM.test(text)) return 'credit or byline';
  if (wordCount <= 40 && CONTRIBUTED_FROM.test(text)) return 'credit or byline';
  if (wordCount <= 60 && CITATION.test(text)) return 'credit or byline';
  if (wordCount <= 40 && FOLLOW_US.test(text)) return 'call to action';
  if (wordCount <= 8 && !s.sentence && STAFF_TITLE.test(text) && /,|\|/.test(text))
    return 'credit or byline';
  if (wordCount <= 8 && !s.sentence && STAFF_LINE.test(text) && ROLE_END.test(text))
    return 'credit or byline';
  if (wordCount <= 5 && TITLE_LINE.test(text)) return 'credit or byline';
  if (wordCount <= AUTHOR_BOX_WORDS && AUTHOR_BOX.test(text)) return 'credit or byline';
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
  if (wordCount <= 16 && (readsAsDate(text, s) || (!s.sentence && STAMP.test(text))))
    return 'date line';
  if (wordCount <= 8 && NUMERIC_STAMP.test(text)) return 'date line';
  const urlChars = (text.match(URL) ?? []).reduce((n, u) => n + u.length, 0);
  if (urlChars > 0 && urlChars >= text.length * 0.5 && wordCount <= 40) return 'web address';
  // The text without its quotations, taken out at most once (the costly part, on a long text).
  let unquoted: string | undefined;
  const unquote = () => (unquoted ??= withoutQuotes(text));
  // Every appeal speaks as the paper, names a channel or mentions cookies: only then is it
  // worth taking the quotations out.
  if (
    wordCount <= APPEAL_WORDS &&
    (SELF_OR_CHANNEL.test(text) || COOKIES.test(text)) &&
    readsAsCallToAction(unquote())
  )
    return 'call to action';
  if (wordCount <= NOTICE_WORDS && NOTICE.test(unquote())) return 'notice';
  // A short block that sends the reader to click is a button or a promotion, whoever speaks.
  if (wordCount <= 40 && /\b(?:click|tap) here\b/i.test(unquote())) return 'call to action';
  return null;
}

/**
 * The text without the arrows and white space at its ends ("« Previous Post"). Not by a pattern:
 * one for white space before the end is tried from each place in a run of it, and so reads a
 * long run again from each.
 */
function withoutArrows(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && /[«‹←\s]/.test(text[from]!)) from++;
  while (to > from && /[»›→\s]/.test(text[to - 1]!)) to--;
  return text.slice(from, to);
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
  // In brackets too: "(Story continues below)".
  return (
    parts.length <= 2 &&
    parts.every((p) => AD_LABEL.test(p.replace(/^\((.*)\)$/, '$1').replace(TRAILING_STOPS, '')))
  );
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

/**
 * An appeal runs to a paragraph: on the development pages every block of more than 80 words
 * that read as one was the story's (a company's post on its subscription service, 365 words).
 */
const APPEAL_WORDS = 80;

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

/** The text with its quotations taken out: what it says in its own voice. */
export function withoutQuotes(text: string): string {
  let out = '';
  let at = 0;
  const spans = findQuotes(text);
  for (let k = 0; k < spans.length; k += 2) {
    out += `${text.slice(at, spans[k]!)} `;
    at = spans[k + 1]!;
  }
  return out + text.slice(at);
}
