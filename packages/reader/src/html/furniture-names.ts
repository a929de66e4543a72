import { holdsParagraph, isElement, squash, squashedLength, type DomDocument, type DomElement } from './dom.js';
import { isProse, proseSiblings } from './class-paragraphs.js';
import { isBiography, proseParagraphs } from './biography.js';
import { linkChars } from './link-blocks.js';
import { elementNames } from './names.js';
import { holdsMostOfPage } from './page-share.js';
import { isPriceMenu } from './price-menus.js';
import { isSelfNamedSection } from './self-named-section.js';
import { namedSkipOnly } from './skip-names.js';
import { holdsSentence } from './sentences.js';

/**
 * Class/id words of furniture, removed whatever their size (`action-link`: a call-to-action link,
 * "Find a pharmacy", session 10; `ticker`, `quote-box`, `quote-strip`, `stock-quote`: a markets
 * page's price widgets, "HLF-GB 412.60 -41.20 (-9.08%)", round 6; `guest-book`, an obituary's
 * condolences, comments by another name, and `reblog`, a Tumblr post's notes, round 7;
 * `testimonial`, customer quotes, and `pagenum`, a book's "[Pg 3]", round 9; `tmbox` / `ambox`, a MediaWiki message box: a talk page's banners, round 10;
 * `user-review` / `customer-reviews` / `reader-reviews`, readers' reviews, comments by another name (wikiHow's "Reader Success
 * Stories"), and `seealso`, the Sphinx / Docutils "See also" box pointing to other pages, round 12; `microblog_conversation`, the
 * replies micro.blog's conversation.js sets under a post, round 26: a bare "conversation" is Launchpad's bug thread; `mini-profile`,
 * ProBoards' user card, 33; `td_pull_quote`, 172; `email-signup`, the Guardian's newsletter box, 174; `writer-profiles`, SNO Sites' staff bios, 179).
 */
const STRONG = new RegExp(
  String.raw`(?:^|[\s_-])(share|sharing|sharebar|social|socials|comments?|discussion|disqus|cookies?|consent|gdpr` +
    '|newsletter|related|recommended|recirc|more-?stories|most-?read|popular|trending|sidebar|rail|microblog_conversation' +
    '|breadcrumbs?|skip(?:-?link)?|promo|advert|advertisement|ads?|sponsored|outbrain|taboola|popup|modal' +
    '|toolbar|navbar|menu|masthead|colophon|signature|vote|votes|voting|user-?info|usercard|mini-?profile|post-?meta|writer-?profiles' +
    '|postmeta|postprofile|hatnote|infobox|[atoicf]?mbox|msgbox|toc|editsection|references?|reflist|navbox|catlinks|jump-?link' +
    '|site-?sub|printfooter|noprint|badge|headerlink|anchor-?link|likes?|sharedaddy|online-?list|pagenum' +
    '|who-?is-?online|cta|call-?to-?action|paywall|barrier|regwall|login|signin|sign-?in|pagination|pager' +
    '|read-?next|up-?next|more-?from|recirculation|feedback|helpful|subscription|subscribe-?box|follow' +
    '|followers?|author-?bio|bio|avatar|reactions?|claps?|rating|ratings|stars|print-?link|testimonials?|sources' +
    '|edit-?this-?page|last-?updated|last-?edit(?:ed)?|lastmod|suggested|sr-?only|visually-?hidden|screen-?reader-?text' +
    '|offscreen|pull[-_]?quote|email-?sign-?up|promoted(?:-?link)?|action-?link|ticker|quote-?(?:box|strip|card)|stock-?quote|guest-?book' +
    // a pull request's diff hunks and merge box, Launchpad's side portlets, Gitea's issue sidebar, IPS's guest teaser (round 21)
    String.raw`|reblogs?|(?:user|customer|reader)[-_]?reviews?|seealso|see-also|diff-?table|blob-wrapper|merge-?status|branch-action` +
    String.raw`|side-?portlets|issue-content-right|guest-?teaser` +
    // a design system's rendered examples in Storybook's docs canvases (round 26): demos of the component, not text about it
    String.raw`|docs-story|sb-story` +
    // a social post's preview card of a linked page (Bluesky's data-testid="externalLinkCard"; round 27)
    String.raw`|external-?link-?card|link-?preview-?card` +
    // (and Mastodon's `status-card`, which read as the post's text when it closed a thread; round 44, after batch 93)
    String.raw`|status-card` +
    // the paywall vendor Piano's offer slots (the Telegraph's `piano-inline` "Subscribe today and get your first month free"; round 29)
    String.raw`|piano-(?:inline|container|offer|template|paywall|banner|article-end)` +
    // Discourse's moderation events in the post stream ("Closed on Mar 9", "pinned", "split this topic"; round 29)
    String.raw`|small-action` +
    // a forum's "Solution" banner over the accepted reply (Khoros Aurora's `AcceptedSolutionBanner_lia-solution-banner__3kQeT`; round 29)
    String.raw`|solution-?banner` +
    // the copy of the best answer Flarum's best-answer extension sets under the first post (`BestAnswerPost`; round 34), not the
    // answer itself (`Post--bestAnswer`)
    String.raw`|best-?answer-?post` +
    // Jira's module headers ("Details", "Description", "Issue Links", "Activity"), its field list (`#issuedetails`; not a generic
    // "property-list": Phabricator's `phui-property-list-section` holds a task's description, round 35) and its links list (round 34)
    String.raw`|mod-header|issuedetails|links-list` +
    // Phabricator's side curtain (Assigned To, Authored By, Referenced Files), its section headers ("Description", "Event
    // Timeline") and its property labels (round 35)
    String.raw`|phui-curtain-panel|phui-header-header|phui-property-list-key` +
    // Launchpad Answers' "Question information" portlet and each message's hidden revision history (round 35)
    String.raw`|portlet-details|message-revision-container` +
    // a job posting's pay box (Greenhouse's `pay-transparency`; round 34)
    String.raw`|pay-transparency|pay-range` +
    // an encyclopedia's "Top Questions" box of questions answered from the article (Britannica's `top-questions`; round 34)
    String.raw`|top-questions` +
    // the link to the post a reply answers, opening the reply (Flarum's `PostMention` "ruth_okafor"; round 34), like "in reply to"
    String.raw`|post-?mention` +
    // a forum signature's box by its short name (PunBB's `sig-content`, phpBB's `signature` is above; round 41)
    String.raw`|sig-?content|post-?sig` +
    // FluxBB's poster column (name, title, "From:", "Registered:", "Posts:") and signature box (PunBB 1.2's too; round 42, after batch 64)
    // (and its post's foot, the poster's "Offline" or "Online"; round 56, after batch 146)
    String.raw`|postleft|postsignature|postfootleft` +
    // a site's alert or announcement bar over every page ("Campus buildings close at 6pm on Friday", MediaWiki's `sitenotice`; round 42)
    String.raw`|alert-?bar|site-?alerts?|global-?alerts?|site-?notice|announcement-?bar` +
    // a LiveJournal entry's "currents" (Location, Mood, Music; round 42, after batch 66)
    String.raw`|singlepost-currents|lj-?currents?` +
    // phpBB's attachment box under a post ("Attachments", "IMG_2041.jpeg (212.51 KiB) Viewed 88 times"; round 41)
    String.raw`|attachbox` +
    // the PHP manual's readers' notes under a function (`<section id="usernotes">`), comments by another name (round 41)
    String.raw`|user-?notes` +
    // a thread's copy of its accepted reply over the thread (Vanilla's `DataBox-AcceptedAnswers`, Apple's `best-reply-wrapper`), the label
    // over an answer (Microsoft Community's `answer-label` "Answer") and
    // its list of similar threads ("Similar questions"; round 43, after batch 69)
    String.raw`|accepted-?answers|best-?reply(?:-?wrapper)?|answer-?label|similar-?(?:questions|threads|topics|discussions|posts)` +
    // a reader-revenue appeal by its label (the Guardian's "Contributions appeal"), a promoted billboard between posts (dev.to's
    // `crayons-story__billboard`), a maker site's "I made it" box (Instructables), a clinic's appointment box (Mayo Clinic's
    // `cmp-request-appointment`; round 43, after batches 72, 73 and 75)
    String.raw`|contributions?[\s_-]?appeal|billboard|i-made-it|request-?(?:an-?)?appointment` +
    // a help centre's notice bar by its label (Zendesk themes' "Service notice"; after batch 79)
    String.raw`|(?:service|system|maintenance|holiday)[\s_-]?notice` +
    // the legend under MDN's browser-compatibility table ("Full support", "No support", "Tip: you can click/tap on a cell ..."; after
    // batch 79); the table itself stays, reference data the page gives (round 13's `bc-table` test)
    String.raw`|bc-legend` +
    // an affiliate plugin's product box (Lasso's `lasso-container`, its description and "Check Price" button), a review plugin's
    // score box (WP Review's `wp-review-2214`, its criteria and summary) and a finance site's partner card ("Featured partner
    // offer"; round 44, after batch 90); AAWP's Amazon product box ("Bestseller No. 1", its feature bullets; round 176, batch 712)
    String.raw`|lasso|aawp|wp-review|partner-?offers?` +
    // a Q&A site's bounty notice (Stack Exchange's `js-bounty-notification`), Discourse's notices over a post ("It's been a while since
    // we've seen ..."), GitHub's issue sidebar (`IssueViewer-module__metadataPane`) and its locked banner, Hacker News's "More" link
    // (round 44, after batch 93)
    String.raw`|bounty-?(?:notification|indicator)|post-?notice|metadata-?pane|locked-?banner|morelink` +
    // an encyclopedia's premium prompt in the text (round 44, after batch 97; a health site's product callout is not named: two golds
    // of three read its name and blurb as the text)
    String.raw`|premium-?(?:prompt|upsell|cta)` +
    // a forum's rules box over a topic (phpBB's forum rules, Bogleheads' "Non-investing personal finance issues ..."; round 57, after batch 164)
    String.raw`|(?:topic|forum|board)-?rules` +
    // a paper's information block (PLOS's `articleinfo`: citation, editor, dates, funding, competing interests; round 60, after batch 183)
    String.raw`|articleinfo` +
    // a wiki's fundraising or site-wide banner from MediaWiki's CentralNotice (Wikipedia's `<div id="centralNotice">`; round 74, after batch 267)
    String.raw`|central-?notice` +
    // a registration or subscription wall by its name (Zephr's `zephr-registration-wall`, "Create a free account to keep reading"),
    // Bugzilla's attachments box (`module-attachments`) and Launchpad's table of affected packages and its status-change rows
    // (`affected-software`, `boardCommentActivity`; round 76, after batches 271 and 272)
    String.raw`|(?:registration|subscription|subscriber|login|sign-?up)-?wall|module-attachments|affected-software|board-?(?:comment)?-?activity` +
    // a memorial's visitors' notes, comments by another name like `guest-book` (Find a Grave's flowers, "Remembering my great-grandmother.
    // Left by E. Tarrant"; a funeral home's tribute wall; condolences; round 88, after batches 232, 293 and 324)
    '|(?:section|memorial)-?flowers|flower-?(?:notes?|cards?|by)|tribute-?wall(?:-?posts?)?|condolences?' +
    // a magazine's reader-revenue ask in the text (Vox's `duet--ledes--contribution-ask`; round 44, after batch 104)
    String.raw`|contributions?-?ask)(?:$|[\s_-])`,
  'i',
);
/**
 * Class/id words of furniture that can also name a container: removed only when short (round 6,
 * after batch 7: `credential`, a Q&A answerer's "Materials engineer, former line cook";
 * `attribution`, a museum label's "Text by ..."; `video`, a video card's label, title and
 * duration inside the story, the player itself being dropped by its tag; round 7, after batch 8:
 * `dates`, an obituary's "June 2, 1937 - February 28, 2025"; `category`, a news item's "City News";
 * `tools`, a page-tools box's label; `place`, its "Harlan Falls, WI"; round 8, after batch 9:
 * `display-name`, a post's author name and handle on Mastodon and other fediverse timelines; round
 * 9, after batch 10: `vcard`, the hCard microformat around a person's name, Bugzilla's commenters; round 11, after batch 12:
 * `tagline`, a site's slogan or the short description Wikipedia's mobile skin sets under the title; round 25, after batch 25:
 * `cptn`, the Times of India's caption, and `short-url`, Deutsche Welle's short link to the story; round 28: `poster`, an SMF
 * post's column of the poster's name, group, post count and blurb).
 */
const WEAK = new RegExp(
  // (and a poster's `nickname`, Mumsnet's; round 35; its Talk threads' `<span class="nick">`; round 84, after batch 300)
  String.raw`(?:^|[\s_-])(byline|author|authors|nick|nickname|dateline|date|time|timestamp|published|updated|meta|caption` +
    '|credit|credits|captions|tags?|categories|licen[cs]e|copyright|disclaimer|subscribe|signup|footnote-?links' +
    '|edit-?link|print|header-?tools|buttons?|btns?|actions|controls|stats|counters?|counts?|kicker' +
    '|eyebrow|contact|user-?name|user-?details|user-?title|user-?stats|reputation|karma|join-?date|score|flair|disclosure' +
    '|nutrition|line-?ups?|credentials?|attribution|video|dates|category|tools|place|display-?name|vcard|tagline|cptn|short-?url|short-?link' +
    '|poster|postauthor' +
    // (XenForo's poster stats, `message-userExtras`: "Joined", "Posts", "Likes" and their figures, and vBulletin's `postdate` cell under a
    // post, its permalink marks and time; round 57, after batch 164)
    '|user-?extras|post-?date' +
    // (a story's audio player box, "Listen to this Article" over an `<audio>` and its note; round 58, after batch 167)
    '|(?:audio|podcast)-?player|listen-?(?:bar|box)' +
    // (a table's footnote, the CDC's `tbl-footnote` "Abbreviation: CO = carbon monoxide."; round 60, after batch 179)
    '|(?:tbl|table)-?foot(?:note)?s?' +
    // the board a forum thread is filed in (Khoros Aurora's `ThreadHeader_lia-board__J0oN8` "Excel"; round 29), as `category` is
    // the Economist's fly-title over the headline (data-test-id="article-fly-title"), a kicker by another name (round 30)
    // (old Reddit's `linkflairlabel` beside a post's title: its flair, as `flair`; round 31)
    // (a Notion page's property table over its text, author, date, tags and reading time: Super's `notion-page__properties`; round 32)
    // (MediaWiki's classic image box names its caption `thumbcaption`: Citizendium's, a credit line over a caption; round 42)
    // (a help article's applicability boxes, Microsoft Support's "Applies To" list and HubSpot's subscriptions box, and SUMO's
    // contributors line; round 42, after batch 70)
    String.raw`|lia-board|board-?name|forum-?name|fly-?title|link-?flair(?:-?label)?|page[-_]{0,2}properties|widget|thumbcaption|fig-?caption|fig-?credit` +
    // (a review's trust box on its methods, Future plc's `fancy-box--trust` "PC Gamer's got your back"; round 66, after batch 211)
    // (a figure's caption and credit named as one word, the NPS template's `<div class="figcaption">`; round 67, after batch 215)
    // (Jimdo's image module, `j-imageSubtitle`, and its caption under the figure, `<p class="cc-image-subtitle">`; round 122, batch 507)
    String.raw`|applies-?to(?:-?list)?|subscriptions|contributors|trust|image-?subtitle)(?:$|[\s_-])`,
  'i',
);
const WEAK_MAX_CHARS = 300;
const PAYWALLED = /(?:^|[\s_-])(?:paywall|paywalled|metered)(?:$|[\s_-])/i;
const STATS_WORD = /(?:^|[\s_-])stats?(?:$|[\s_-])/i;
const STAT_PHRASE_WORDS = 5;
const POST_TEXT = '[itemprop="text"], [itemprop="articleBody"], [itemprop="reviewBody"]';
const POST_TEXT_PROP = /^(?:text|articleBody|reviewBody)$/;
const POST_MODIFIER = /(^|\s)(reply|post|answer|message)--[\w-]+/g;
const MODIFIED_POST_MIN_CHARS = 80;
const LABELLED_NOTE = /^(?:note|tip|warning|caution|important|helpful|critical)\s*:\s+\S.{30,}$/i;
const NOTE_MAX_CHARS = 600;
const MESSAGE_WIDGET = /widget-(?:message|post|reply)-view|(?:message|post|reply)-view-widget(?:-body)?(?:$|\s)/i;

/**
 * Whether an element is furniture by its name (class, id, test hooks, itemprop, rel, aria-label): a STRONG word whatever its
 * size unless it holds the story's prose, a WEAK word only when short and not around the page's `headline` (headlineH1).
 */
export function isFurnitureByName(el: DomElement, headline?: DomElement): boolean {
  if (el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') return false;
  // a heading goes by its text (FURNITURE_HEADING) or with its section, never by its class ("anchorWithStickyNavbar" read as "navbar")
  if (/^H[1-6]$/.test(el.tagName)) return false;
  // an anchor link that holds its heading's whole text is the heading (Rails guides' <a class="anchorlink">; round 20)
  const parent = el.parentNode;
  if (parent !== null && isElement(parent) && /^H[1-6]$/.test(parent.tagName) && squash(parent.textContent) === squash(el.textContent)) return false;
  // a docs note that opens with its label ("HELPFUL: ...", Angular's `docs-alert-helpful`; round 26): the page's text, whatever its class
  if (squashedLength(el, NOTE_MAX_CHARS + 1) <= NOTE_MAX_CHARS && LABELLED_NOTE.test(squash(el.textContent))) return false;
  const names = elementNames(el);
  // phpBB's post details line set in a <span> (the poster's rank, join date and post count; "Posted: ... Post subject: ..."; round 39):
  // vBulletin names its whole post box `postdetails`, so only the span
  if (el.tagName === 'SPAN' && /(?:^|\s)postdetails(?:\s|$)/.test(el.getAttribute('class') ?? '')) return true;
  // (and the poster's name over it, subSilver's `<span class="name">`; round 56, after batch 146)
  if (el.tagName === 'SPAN' && el.getAttribute('class') === 'name' && spanFollows(el, 'postdetails')) return true;
  const prop = `${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('rel') ?? ''}`;
  if (/\b(author|datePublished|dateModified|creator)\b/i.test(prop)) return squash(el.textContent).length <= WEAK_MAX_CHARS;
  // a paragraph of the story marked as behind the paywall (Condé Nast's <p class="paywall"> on every paragraph past the free part;
  // round 30, after batch 32's Wired feature): the article's text, not a paywall's box
  if (el.tagName === 'P' && PAYWALLED.test(names) && isProse(squash(el.textContent)) && linkChars(el) < 0.3 * squash(el.textContent).length) return false;
  // (so is a class every paragraph of the text carries: the Dictionary of Canadian Biography's `bio-paragraph`, whose "bio" read as an
  // author's bio box; round 59, after batch 175): three or more prose paragraphs side by side with the same class (and a weak word:
  // Dailymotion's `VideoInfoDescription__paragraph`, its "video"; round 99, after batch 425)
  if (el.tagName === 'P' && (STRONG.test(names) || WEAK.test(names)) && isProse(squash(el.textContent)) && proseSiblings(el) >= 3) return false;
  // a modifier of a post's box (BEM's `reply--helpful`: Apple Community's reply marked helpful; round 44, after batch 93) says how
  // the post is shown, not that the box is a widget: a box that holds a paragraph of prose is not furniture by that modifier alone
  if (STRONG.test(names) && !STRONG.test(names.replace(POST_MODIFIER, '$1$2')) && holdsParagraph(el, MODIFIED_POST_MIN_CHARS)) return false;
  // a thread's box of its accepted reply is a copy only when the reply is in the thread too (Vanilla's "Best Answers" may hold the
  // only copy; round 50, after batch 140)
  if (COPY_BOX.test(names) && !repeatedElsewhere(el)) return false;
  // a vBulletin post box, its text in `post_message_<id>`, is the post whatever its class says (VBSEO's `vbseo_like_postbit` read as
  // "like": FlyerTalk's replies; round 67, after batch 215)
  if (el.querySelectorAll('[id^="post_message_"]').length === 1) return false;
  if (isSelfNamedSection(el) || isPriceMenu(el)) return false;
  // a cookie policy's list of the cookies the site sets (Cookiebot's `CookieDeclaration`, OneTrust's `ot-sdk-cookie-policy`;
  // round 89, after batch 339): the policy page's own text, which the vendor's script writes in, not its consent banner
  if (COOKIE_DECLARATION.test(names)) return false;
  // a table of contents with an issue's description over its list (OJS's `obj_issue_toc`; round 94, after batch 378): the page's text
  if (TOC.test(names) && !STRONG.test(names.replace(new RegExp(TOC, 'gi'), ' ')) && proseParagraphs(el) >= 2) return false;
  // a life story named as a bio (a memorial's biography; round 88): the page's text, not an author's blurb
  if (isBiography(el, names, (n) => STRONG.test(n), headline)) return false;
  if (STRONG.test(names) || STRONG.test(shortLabel(el))) return !isLongProse(el) && !holdsMostOfPage(el) && !namedSkipOnly(el, names, (n) => STRONG.test(n));
  if (!WEAK.test(names) || squash(el.textContent).length > WEAK_MAX_CHARS) return false;
  // a field named as the post's content (GeoDirectory's `geodir_post_meta geodir-field-post_content`: round 108, CONTENT_FIELD)
  if (CONTENT_FIELD.test(names)) return false;
  // a post or a quote marked as the thread author's (Mbin's comment <blockquote class="... author"> by the poster; round 31): its text
  if ((el.tagName === 'BLOCKQUOTE' || el.tagName === 'ARTICLE') && holdsSentence(squash(el.textContent))) return false;
  // a meta box that holds the headline (Politico's `article-meta` around its label, <h1>, dek and byline; round 29): its lines are judged one by one
  if (headline !== undefined && el.querySelectorAll('h1')[0] === headline) return false;
  // a report's statistic blocks ("34%" over "of water points surveyed were not working"; round 28) are findings, not a poster's counts
  if (STATS_WORD.test(names) && Array.from(el.querySelectorAll('p')).some((p) => squash(p.textContent).split(' ').length >= STAT_PHRASE_WORDS)) return false;
  // a post's text by schema.org (itemprop="text") is the post, in a box named by its widget (Khoros's "message-view-widget-body"; round 27)
  if (el.querySelectorAll(POST_TEXT).length > 0 || POST_TEXT_PROP.test(el.getAttribute('itemprop') ?? '')) return false;
  // (so is a widget that shows one message or its body: Khoros names each reply `lia-component-forums-widget-message-view-two`; round 65)
  if (MESSAGE_WIDGET.test(names) && holdsParagraph(el, MODIFIED_POST_MIN_CHARS)) return false;
  // a place's hCard with its description is a travel guide's listing, not a person's name (Wikivoyage; round 23)
  const text = squash(el.textContent);
  return !(/(?:^|\s)vcard(?:$|\s)/i.test(names) && text.length >= 40 && /\p{Ll}{2,}[.!?](?:\s|$)/u.test(text));
}

/** A listing's description in the "meta" box GeoDirectory prints around every field (round 108, after batch 479): the text, not a meta line. */
const CONTENT_FIELD = /(?:^|[\s_-])(?:post|entry)[-_]content(?:$|\s)/i;
const COOKIE_DECLARATION = /(?:^|\s)(?:Cookie-Declaration[\w-]*|ot-sdk-cookie-policy|cky-cookie-audit-table)(?:$|\s)/;
const TOC = /(?:^|[\s_-])toc(?=$|[\s_-])/i;
const COPY_BOX = /(?:^|[\s_-])(?:accepted-?answers|best-?reply(?:-?wrapper)?)(?:$|[\s_-])/i;

/** Whether a paragraph of prose in `el` is also a paragraph elsewhere on the page. */
function repeatedElsewhere(el: DomElement): boolean {
  const own = Array.from(el.querySelectorAll('p'));
  const texts = new Set(own.map((p) => squash(p.textContent)).filter((t) => t.length >= 40));
  if (texts.size === 0) return true;
  const mine = new Set(own);
  let root = el;
  for (let up = el.parentNode; up !== null && isElement(up); up = up.parentNode) root = up;
  return Array.from(root.querySelectorAll('p')).some((p) => !mine.has(p) && texts.has(squash(p.textContent)));
}

/**
 * The element's aria-label when it names the element, not when it reads its text out (Mastodon labels each status with its poster,
 * the post's first 60 characters and its date, and "the ad for his bakery" read as an ad; round 29).
 */
function shortLabel(el: DomElement): string {
  const label = el.getAttribute('aria-label') ?? '';
  return label.split(/\s+/).length <= LABEL_MAX_WORDS ? label : '';
}
const LABEL_MAX_WORDS = 6;
const ARTICLE_BODY = '[itemprop~="articleBody"]';

/** A container of the story itself that happens to carry a furniture word ("post-share-wrapper" around the body is rare, but never drop prose). */
function isLongProse(el: DomElement): boolean {
  const paragraphs = Array.from(el.querySelectorAll('p')).filter(
    (p) => squash(p.textContent).length > 120 && linkChars(p) < 0.3 * squash(p.textContent).length,
  ).length;
  // fewer paragraphs are the story when the box holds its headline too (Apple's docs wrap the page in "adjustable-sidebar-width"; round 23)
  // (or a layout box around the one text schema.org names the article's body, short or set in <div> lines: Blogger's `main-inner
  // columns-fix-sidebar` around its post; round 105, after batch 468)
  const enough = paragraphs >= 4 || (paragraphs >= 2 && el.querySelectorAll('h1').length === 1) || el.querySelectorAll(ARTICLE_BODY).length === 1;
  return enough && !/comment|discussion|disqus/i.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/**
 * The page's one <h1> when it is the story's headline, not the site's name (round 29): the <title> has no part that is the <h1>, or
 * the <h1> is its longest part (a blog's "Paper & Thread" is the short part of "Paper & Thread: Rebinding a 1912 hymnal ...").
 */
export function headlineH1(doc: DomDocument): DomElement | undefined {
  const h1s = doc.querySelectorAll('h1');
  const h1 = h1s[0];
  if (h1s.length !== 1 || h1 === undefined) return undefined;
  const text = squash(h1.textContent).toLowerCase();
  const parts = squash(doc.title).toLowerCase().split(TITLE_SEPARATOR);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return text.length >= HEADLINE_MIN_CHARS && (!parts.includes(text) || text === longest) ? h1 : undefined;
}
const TITLE_SEPARATOR = /\s+[-|·–—»:]\s+|:\s+/;
const HEADLINE_MIN_CHARS = 20;

/** The next element after `el`, line breaks skipped, is a `<span>` of the class `name`. */
function spanFollows(el: DomElement, name: string): boolean {
  let next = el.nextElementSibling;
  while (next !== null && next.tagName === 'BR') next = next.nextElementSibling;
  return next !== null && next.tagName === 'SPAN' && (next.getAttribute('class') ?? '').split(/\s+/).includes(name);
}
