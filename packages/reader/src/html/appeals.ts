import { isElement, isPageBox, squash, squashedLength, type DomDocument, type DomElement } from './dom.js';
import { standsAlone } from './structure.js';

/**
 * A reader-revenue appeal (round 14, after batch 15's opinion page): the box around a button or
 * link that asks for money or membership, standing on its own ("Support us", "Support the
 * Guardian", "Donate", "Become a member"), as public-interest newsrooms, charities and wikis set
 * it in their header and under the story, with its pitch ("We have no shareholders and no
 * billionaire owner ...", "Can you spare two minutes to support us?"). The pitch is about the
 * publisher, never the story. The box is the largest one around the call of at most
 * `BOX_MAX_CHARS`, holding no `<h1>` and at most one paragraph of prose; a call inside a sentence
 * ("you can <a>donate</a> at the town hall") is not a button and stays.
 */
const CALL = new RegExp(
  String.raw`^(?:support (?:us|the \p{Lu}[\p{L}'’ ]{0,30}|our (?:journalism|work|newsroom|reporting|mission))|donate(?: now| today| here)?` +
    // a call that names the fund ("Donate to our legal fund", a campaign group's notice over its update; round 66, after batch 213)
    String.raw`|donate to (?:us|our|the|this) [\p{L}'’ ]{1,30}` +
    // (and a campaign's petition box after the story, Greenpeace's "Sign the petition"; round 66, after batch 213)
    String.raw`|sign (?:the|our|this) petition(?: now| today)?|add your name(?: now| today)?` +
    String.raw`|make a (?:donation|contribution)|contribute(?: now| today)?|give (?:now|today|monthly)` +
    // round 19, after batch 20's Vox page: "Give a one-time gift" under "You've read 1 article in the last month"
    String.raw`|give an? (?:one-time |monthly |recurring )?(?:gift|donation)` +
    // a membership programme by its name (Slate's "Join Slate Plus"; round 30)
    String.raw`|join [\p{L}'’ ]{1,30} (?:plus|premium|insiders?|membership)` +
    String.raw`|become a (?:member|supporter|patron|subscriber|friend)(?: today| now)?)(?: [→›»])?$`,
  'iu',
);
const BOX_MAX_CHARS = 700;
const PROSE_CHARS = 120;
const LIST_POINT_CHARS = 40;

/** Removes reader-revenue appeals from `doc` in place (after controls are dropped: the call may be a link). */
export function removeAppeals(doc: DomDocument): void {
  for (const a of Array.from(doc.querySelectorAll('a'))) {
    if (a.parentNode === null || !CALL.test(squash(a.textContent)) || !standsAlone(a)) continue;
    appealBox(a)?.remove();
  }
}

function appealBox(call: DomElement): DomElement | undefined {
  let box: DomElement | undefined;
  for (let node = call.parentNode; node !== null && isElement(node) && !isPageBox(node); node = node.parentNode) {
    if (squashedLength(node, BOX_MAX_CHARS) > BOX_MAX_CHARS || node.querySelectorAll('h1').length > 0) break;
    const prose = Array.from(node.querySelectorAll('p')).filter((p) => squashedLength(p, PROSE_CHARS) >= PROSE_CHARS);
    if (prose.length > 1) break;
    // (nor a list of the story's points: an episode's show notes, "In this episode:" and its items, around a "Support the show" box
    // at their end; round 84, after batch 306; a pitch's list is of amounts, "£5 a month")
    if (Array.from(node.querySelectorAll('li')).some((li) => squashedLength(li, LIST_POINT_CHARS) >= LIST_POINT_CHARS)) break;
    box = node;
  }
  return box;
}
