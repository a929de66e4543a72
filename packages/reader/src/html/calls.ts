import { adjacentNode, isElement, squash, squashedLength, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { standsAlone } from './structure.js';

/**
 * Calls to action set as plain text (session 10, after batch 6): lines that ask the reader to do
 * something other than read, which no class word marks and whose words are the same on every
 * site, so a phrase is the signal:
 *
 * - a hiring banner ("We're hiring! Join the search platform team", "See open roles"), as
 *   company and engineering blogs put under a post;
 * - a letters prompt ("Do you have an opinion on the issues raised in this article? If you would
 *   like to submit a response ... for publication in our letters section"), as newspapers close
 *   opinion pieces;
 * - a sign-in prompt ("Sign up for free to join this conversation on GitHub. Already have an
 *   account? Sign in to comment"), which closes threads for readers who are signed out;
 * - a post's action set as a link of its own ("reply", "permalink", "flag"), as Hacker News and
 *   older forums show under every comment;
 * - a link back to the listing the item came from, standing alone ("Return to full list >>" under
 *   a CivicPlus news item, "Back to all news"; round 7, after batch 8), or a blog's "All posts"
 *   (Webflow; round 9, after batch 10);
 * - a sign-in requirement for commenting ("You must log in to comment." under a Lobsters thread,
 *   "Note: You need to log in before you can comment on or make changes to this bug." on
 *   Bugzilla; round 9);
 * - a link back to the top of the page ("top" beside every man7.org section title, "Back to top";
 *   round 9), an in-page link to a top anchor;
 * - a community forum's thread status and its jump link ("Solved!" and "Go to solution" above a
 *   Khoros / Lithium thread, "Answered"), standing alone, and its sign-in requirement for replying
 *   ("You must be a registered user to add a reply."; round 10, after batch 11), and a line that is only a
 *   sign-in call for an action ("Sign in to follow", "Please sign in to rate this answer."; round 18);
 * - a "Click here ..." line, a "Join our ... WhatsApp community" line, a line that is a label and one link
 *   ("Related: ...", "Go deeper: ..."), and a link alone on its line set all in capitals (round 19, after batch
 *   20's USA TODAY, Axios and Fox pages); a blog's "Thoughts? Reply by email ..." line (round 20).
 */
const CALLS: readonly RegExp[] = [
  /^we(?:['’]re| are) (?:hiring|recruiting)\b/i,
  /^(?:see|view|browse|explore) (?:all |our )?(?:open|current) (?:roles|positions|jobs|vacancies|openings)\b/i,
  /^(?:do you have|have you got|got) an opinion on\b/i,
  /\b(?:submit|send) (?:a |your )?(?:response|letter)s?\b.{0,120}\b(?:for publication|letters? (?:page|section))\b/i,
  /\balready (?:have an account|registered|a (?:member|subscriber))\?\s*(?:sign|log) ?in\b/i,
  new RegExp(
    String.raw`^(?:note:\s*)?(?:you (?:must|need to|have to)|please) (?:be )?(?:an? )?(?:log(?:ged)? ?in|sign(?:ed)? ?in|register(?:ed)?)\b` +
      String.raw`.{0,60}\b(?:to|before you can) (?:(?:add|leave|post|write) an? )?(?:comment|post|reply|vote)\b`,
    'i',
  ),
  // a line that is only a sign-in call for an action ("Sign in to follow", "Please sign in to rate this answer."; round 18, batch 19)
  /^(?:please )?(?:sign|log) ?in (?:to|and) (?:follow|rate|vote|like|comment|reply|answer|save|bookmark|react|join)\b[^.!?]{0,60}[.!]?$/i,
  // a network's nudge to sign in for more (Facebook's "Log in or sign up for Facebook to connect with friends, family and people you
  // know.", LinkedIn's "To view or add a comment, sign in" and "Sign in to view more content"; round 33, batch 35)
  /^(?:log ?in|sign ?in|sign up|join)(?: or (?:log ?in|sign ?in|sign up))? (?:for|to) (?:[\p{L}]+ to )?(?:connect|see|view|continue|read)\b.{0,80}$/iu,
  /^to (?:view|add|see|read|join)\b.{0,60}, (?:sign|log) ?in\.?$/i,
  // (and Launchpad's "To post a message you must log in."; round 35)
  /^to post a (?:message|comment|reply|answer) you (?:must|need to) (?:log ?in|sign ?in|register)\.?$/i,
  // (and Hugging Face's "Sign up or log in to comment"; round 34)
  // (and Codidact's "Sign up to answer this question »", Postmill's "Log in or sign up to leave a comment."; round 41)
  new RegExp(
    String.raw`^(?:sign up|log ?in|sign ?in)(?: or (?:sign up|log ?in|sign ?in))? to ` +
      String.raw`(?:comment|reply|post|answer(?: this question)?|join the discussion|(?:leave|post|add|write) an? (?:comment|reply))\s*[.»]?$`,
    'i',
  ),
  /^click here\b.{0,100}$/i,
  // a blog's closing call for replies ("Thoughts? Reply by email or reply to this post on Mastodon."; round 20)
  /^(?:thoughts|comments|questions|feedback)\?\s.{0,80}\b(?:reply|email|e-mail|write to me|toot|let me know|get in touch)\b.{0,80}$/i,
  // (or a paper's own: "Join ST's Telegram channel and get the latest breaking news delivered to you."; round 44, after batch 98)
  /^join (?:our|the|\p{Lu}[\p{L}.]{0,20}[’']s) [\p{L} ]{0,40}\b(?:whatsapp|telegram|facebook|discord|signal) (?:community|group|channel)\b/iu,
  /^(?:solved|resolved|answered)!?$/i,
  // the same status naming who solved it (Invision's "Solved by ShrimpDad_77"; round 29)
  /^(?:solved|resolved|answered) by \S[^.!?]{0,60}$/i,
  // a magazine's letters call closing a story (Wired's "Let us know what you think ..."; round 30)
  /\bsubmit a letter to the editor\b/i,
  // a newsletter call closing a story (the Sydney Morning Herald's "... Sign up for our Morning Edition newsletter."; round 32)
  /\bsign up (?:for|to) (?:our|the) [\p{L}'’ ]{0,40}newsletters?\.?$/iu,
  // a newsroom's note on itself with its sign-up call (ProPublica's "... Sign up to receive our biggest stories as soon as they're
  // published."; round 30)
  /\bsign up to (?:receive|get) our\b.{0,60}\b(?:stories|newsletters?|emails?|briefings?|investigations)\b/i,
  // a writer's closing self-promotion line (a Forbes contributor's "Follow me on LinkedIn."; round 25)
  /^(?:[Yy]ou can )?(?:[Ff]ollow|[Ff]ind|[Cc]onnect with) (?:me|us|him|her|them) on (?:\p{Lu}[\p{L}.]*(?:,? (?:and|or) |, )?){1,4}[.!]?$/u,
  // a paper's promotion lines under its stories (the Irish Times's "Sign up for push alerts and get ...", "Follow The Irish Times on
  // WhatsApp and keep up to date ..."; round 29)
  /^(?:sign up|subscribe|register) (?:for|to) (?:our |the )?(?:push |breaking[- ]news |email )?(?:alerts|notifications|newsletters?|briefings?)\b.{0,160}$/i,
  new RegExp(
    String.raw`^(?:follow|find) (?:the )?\p{Lu}[\p{L}'’. ]{1,40} on ` +
      String.raw`(?:whatsapp|telegram|instagram|x|twitter|facebook|tiktok|google news|threads|bluesky|linkedin)\b.{0,120}$`,
    'iu',
  ),
  // a paper's podcast line and a newsletter's sign-up box ("Listen to our Inside Politics podcast for ...", "Forbes Daily: Join over 1
  // million Forbes Daily subscribers ...", "By signing up, you agree to receive this newsletter ..."; round 42, after batch 65)
  /^[Ll]isten to (?:our|the) \p{Lu}[\p{L}'’ ]{1,40} podcast\b.{0,120}$/u,
  /^(?:\p{Lu}[\p{L} ]{1,30}: )?join (?:over |more than )?[\d,.]+(?: million| thousand|k)? (?:[\p{L}]+ ){0,4}(?:subscribers|readers)\b/iu,
  /^by (?:signing up|subscribing|clicking \S+(?: \S+)?),? you (?:agree|acknowledge|consent)\b/i,
];
/** A promotion of the site's own podcast or app, when a link is all its line holds ("Our In The News podcast ... find the latest episode here"). */
const OWN_PROMO = /\b(?:our|the) [\p{L} ]{0,40}\b(?:podcast|app|newsletter)\b.{0,120}\b(?:latest episode|listen|subscribe|download|sign up)\b/iu;
const CALL_MAX_CHARS = 300;
/**
 * A label and a link to another story, the whole line (round 19, after batch 20: USA TODAY's "Related: <a>Teachers get 4% raise</a>",
 * Axios's "Go deeper: <a>...</a>"): the story's words are never a label and a link alone.
 */
// (a series label too: ProPublica's "Series: <a>Tapped Out</a>"; round 30)
const LINK_LABEL = /^(?:related|more|go deeper|also read|read also|read more|see also|watch|listen|read next|recommended|series)\s*:\s*(.+)$/i;
/** A link alone on its line, set all in capitals, four words or more (Fox's "CLICK HERE TO GET THE FOX NEWS APP", its related headlines). */
const isShouted = (text: string): boolean => text.split(' ').length >= 4 && /\p{Lu}/u.test(text) && text === text.toUpperCase();
/** Actions on a post, never words of it when a link is all a block holds. */
const ACTION = /^(?:reply|permalink|flag|report|quote|embed|share|save|hide|parent|context|edit|delete)$/i;
const BLOCKS = 'p, div, span, li, small, td, section';
const BACK_TO_LIST = new RegExp(
  String.raw`^[←‹«<]?\s*(?:(?:return|back|go back) to (?:the )?(?:full list|list|all (?:news|posts|articles|stories|items)|news(?: list)?|index|overview)` +
    String.raw`|all (?:posts|articles|stories))\s*[>»›]*$`,
  'i',
);
/** An in-page anchor at the top of the page ("#top", "#top_of_page", "#page-top"). */
const TOP_ANCHOR = /^#(?:top|page-?top|top[-_]of[-_](?:the[-_])?page)$/i;
const TOP_LINK_MAX_CHARS = 20;
/** A forum's link back to the thread's board (phpBB's "Return to Storage and booting"; round 41, after batch 55), by its address. */
const RETURN_TO_BOARD = /^return to (?:the )?\S.{0,60}$/i;
const BOARD_HREF = /viewforum|forumdisplay|[?&](?:f|board)=\d/i;
/** A link to a thread's accepted answer ("Go to solution", "Jump to the accepted answer"). */
const SOLUTION_LINK = /^(?:(?:go|jump|skip) to (?:the )?(?:accepted )?(?:solution|answer)|view solution in original post)$/i;
/** A post's comment link, alone (Stack Exchange's "Add a comment" under every post; round 24, after batch 24's Meta page). */
// (and Codidact's "Start a new comment thread"; round 41)
const COMMENT_LINK = /^(?:add|post|leave|write|start) (?:a |your |a new )?(?:comment|reply)(?: thread)?$/i;
/** A link whose text is its address, alone on its line (a video description's shop link; round 31). */
const BARE_URL = /^https?:\/\/\S+$/i;
/** A link to the rights desk, alone (the Economist's "Reuse this content" under a story; round 30). */
const RIGHTS_LINK = /^(?:reuse|republish|reprint|license) (?:this )?(?:content|article|story)$/i;
/**
 * A link back to the document's contents at the head of each printed page ("Table of Contents" in
 * an EDGAR filing, "Back to contents"; round 15, after batch 16's 10-K): an in-page link, alone.
 */
const CONTENTS_LINK = /^(?:(?:back|return|go) to (?:the )?)?(?:table of )?contents$/i;

/**
 * A box of one short line and a button under it ("Still not sure? Our technicians can check your system in under an hour." over
 * <a class="wp-block-button__link">Schedule a Heat Pump Checkup</a>; round 26, after batch 26's GeneratePress post): a call to
 * action, set in the post as a block of its own. A paragraph with a link in its sentence is not one: the button sits apart.
 */
function isButtonCall(box: DomElement): boolean {
  // its length read only up to the cap first: every box of a long page is tested
  if (squashedLength(box, BUTTON_BOX_MAX_CHARS + 1) > BUTTON_BOX_MAX_CHARS) return false;
  const paragraphs = box.querySelectorAll('p');
  const paragraph = paragraphs[0];
  if (paragraphs.length !== 1 || paragraph === undefined || box.querySelectorAll('li, table').length > 0) return false;
  const question = headingQuestion(box);
  if (question === undefined) return false;
  const line = squash(paragraph.textContent);
  const inLine = new Set(Array.from(paragraph.querySelectorAll('a')));
  const buttons = Array.from(box.querySelectorAll('a')).filter((a) => BUTTON.test(a.getAttribute('class') ?? '') && !inLine.has(a));
  if (line === '' || line.length > BUTTON_LINE_MAX_CHARS || buttons.length === 0) return false;
  const rest = buttons.reduce((t, a) => t.replace(squash(a.textContent), ''), squash(box.textContent).replace(question, '').replace(line, ''));
  return rest.trim() === '' && buttons.every((a) => squash(a.textContent).split(' ').length <= BUTTON_MAX_WORDS);
}
/**
 * The box's heading text, '' when it has none, undefined when it has more than one or one that is no question opening the box: a call
 * may ask its question first ("Rather leave it to us?", "Can't make the night?" over a line and an Elementor button; round 164, after
 * batches 665 and 666: such boxes hold 385 furniture headings in the corpus and 13 article ones, FAQ answers with a button among them).
 */
function headingQuestion(box: DomElement): string | undefined {
  const headings = box.querySelectorAll('h1, h2, h3, h4, h5, h6');
  const heading = headings[0];
  if (heading === undefined) return '';
  const text = squash(heading.textContent);
  return headings.length === 1 && QUESTION.test(text) && squash(box.textContent).startsWith(text) ? text : undefined;
}
const QUESTION = /^[^.!?]{3,60}\?$/;
const BUTTON = /(?:^|[\s_-])(?:button|btn)(?:$|[\s_-])/i;
const BUTTON_LINE_MAX_CHARS = 200;
const BUTTON_BOX_MAX_CHARS = 300;
const BUTTON_MAX_WORDS = 6;

/** Removes the boxes of a line and a button, before the furniture pass takes the buttons by their class. */
export function removeButtonCalls(doc: DomDocument): void {
  for (const box of Array.from(doc.querySelectorAll('div, section'))) if (box.parentNode !== null && isButtonCall(box)) box.remove();
}

/** Removes calls to action and lone action links from `doc` in place. */
export function removeCalls(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll(BLOCKS))) {
    if (el.parentNode === null || el.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, table').length > 0) continue;
    const text = squash(el.textContent);
    if (text.length === 0 || text.length > CALL_MAX_CHARS) continue;
    const links = Array.from(el.querySelectorAll('a'));
    const lone = links.length === 1 && squash(links[0]?.textContent ?? '') === text;
    const label = LINK_LABEL.exec(text);
    const onlyLink = links.length === 1 && label !== null && squash(links[0]?.textContent ?? '') === label[1];
    // (a label inside the link's own text too: the Hindustan Times's <a>Also Read: Pune's garbage plant ...</a>; round 32)
    const labelledLink = lone && label !== null;
    if (CALLS.some((re) => re.test(text)) || (lone && (ACTION.test(text) || isShouted(text) || OWN_PROMO.test(text))) || onlyLink || labelledLink) el.remove();
  }
  for (const a of Array.from(doc.querySelectorAll('a'))) {
    const text = squash(a.textContent);
    if (
      ((BACK_TO_LIST.test(text) || SOLUTION_LINK.test(text) || COMMENT_LINK.test(text) || RIGHTS_LINK.test(text)) && standsAlone(a)) ||
      (BARE_URL.test(text) && isWholeLine(a)) ||
      (RETURN_TO_BOARD.test(text) && BOARD_HREF.test(a.getAttribute('href') ?? '') && standsAlone(a)) ||
      (CONTENTS_LINK.test(text) && (a.getAttribute('href') ?? '').startsWith('#') && standsAlone(a)) ||
      (TOP_ANCHOR.test(a.getAttribute('href') ?? '') && text.length <= TOP_LINK_MAX_CHARS) ||
      (MORE_LINK.test(text) && closesSentence(a))
    )
      a.remove();
  }
}

/**
 * A "Read more" link that closes a text after its last sentence (a shop's review excerpt, "... died somewhere around step
 * nine.</span><a>Read more</a>", read as "nine.Read more"; round 44, after batch 93): the link to the rest, not a word of it.
 */
const MORE_LINK = /^(?:(?:read|see|show|view) more|continue reading)\s*[›»…>]?$/i;
function closesSentence(a: DomElement): boolean {
  const before = adjacentNode(a, 'previous');
  return adjacentNode(a, 'next') === null && before !== null && /[.!?…"”)]$/.test(squash(before.textContent));
}

/** The link is all of its line: line breaks on each side, or no other words in its nearest block (past inline boxes). */
function isWholeLine(a: DomElement): boolean {
  // between line breaks (a description whose lines are kept: white-space.ts)
  const edge = (n: DomNode | null): boolean => n === null || (isElement(n) && n.tagName === 'BR');
  if (edge(adjacentNode(a, 'previous')) && edge(adjacentNode(a, 'next'))) return true;
  let box: DomNode | null = a.parentNode;
  while (box !== null && isElement(box) && /^(?:SPAN|B|STRONG|EM|I|SMALL|FONT)$/.test(box.tagName)) box = box.parentNode;
  return box !== null && squash(box.textContent) === squash(a.textContent);
}
