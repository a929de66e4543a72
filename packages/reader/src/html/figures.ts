import { isElement, squash, squashedLength, type DomDocument, type DomElement } from './dom.js';

/**
 * An image and its caption set in a box with no `<figure>` (round 28, after batch 30's Weebly post: `<div class="wsite-image"><a>
 * <img></a><div style="font-size:90%">Laying straw over the garlic beds ...</div></div>`): a box whose children are an image (an
 * `<img>`, a `<picture>`, or a link holding one) and one short line of text with no link goes whole, as a `<figure>` does.
 */
const CAPTION_MAX_CHARS = 160;

/** Removes image-and-caption boxes from `doc` in place. */
export function removeShapedFigures(doc: DomDocument): void {
  for (const box of Array.from(doc.querySelectorAll('div'))) {
    if (box.parentNode === null) continue;
    const kids = Array.from(box.children);
    if (kids.length !== 2 || !isImage(kids[0]) || isAvatar(kids[0]) || squashedLength(box, CAPTION_MAX_CHARS + 1) > CAPTION_MAX_CHARS) continue;
    const caption = kids[1];
    if (caption === undefined || /^H[1-6]$/.test(caption.tagName) || squash(caption.textContent) === '') continue;
    // a caption has no link and no heading: a portrait beside a name heading is a page's header (an obituary's)
    if (caption.querySelectorAll('a, img, h1, h2, h3, h4, h5, h6').length > 0) continue;
    if (Array.from(box.childNodes).some((n) => !isElement(n) && squash(n.textContent) !== '')) continue;
    box.remove();
  }
  for (const box of Array.from(doc.querySelectorAll('div, p'))) if (box.parentNode !== null && isItalicCaption(box)) box.remove();
  for (const box of Array.from(doc.querySelectorAll(WIX_TEXT))) if (box.parentNode !== null && isBoxedCaption(box)) box.remove();
  for (const line of Array.from(doc.querySelectorAll('i, em, font[size="1"]'))) if (line.parentNode !== null && isInlineCaption(line)) line.remove();
}

/**
 * A caption set in italics after its image in one paragraph, a line break between them (round 104, after batch 460's show results
 * on a hand-made table layout: `<p><img src="bestinshow2025.jpg"><br><i>Best in Show: the winning pair of C. sterbai.</i></p>`): the
 * paragraph's only text, short, no link, with nothing but the image and line breaks before it.
 */
function isInlineCaption(line: DomElement): boolean {
  const box = line.parentNode;
  if (box === null || !isElement(box) || !/^(?:P|DIV|TD|CENTER)$/.test(box.tagName) || line.querySelectorAll('a, img').length > 0) return false;
  const text = squash(line.textContent);
  // (a table layout's caption in its smallest type may close a cell of text: `<img><br><font size="1">Ennio outside the shop, summer
  // 1958</font>` at the end of a page's one cell; round 165, after batches 674, 676, 678 and 681: 64 such lines, all captions)
  const small = line.tagName === 'FONT';
  if (text === '' || text.length > CAPTION_MAX_CHARS || (!small && squash(box.textContent) !== text)) return false;
  let before = line.previousSibling;
  while (before !== null && (isElement(before) ? before.tagName === 'BR' : squash(before.textContent) === '')) before = before.previousSibling;
  return (
    before !== null &&
    isElement(before) &&
    (isImage(before) || (before.tagName !== 'BR' && squash(before.textContent) === '' && before.querySelectorAll('img, picture').length > 0))
  );
}

/**
 * A caption set as its own line under a box that holds only an image (round 71, after batch 244's Blogger post: `<div
 * class="separator"><a><img></a></div><div style="text-align: center;"><i>El valle de Arbeiza desde ...</i></div>`): a short
 * line, no link, all of it in italics, whose previous element (line breaks aside) is an image and nothing else.
 */
function isItalicCaption(box: DomElement): boolean {
  const kids = Array.from(box.children);
  if (kids.length !== 1 || !/^(?:I|EM)$/.test(kids[0]!.tagName) || squashedLength(box, CAPTION_MAX_CHARS + 1) > CAPTION_MAX_CHARS) return false;
  const text = squash(box.textContent);
  if (text === '' || squash(kids[0]!.textContent) !== text || box.querySelectorAll('a, img').length > 0) return false;
  let before = box.previousSibling;
  while (before !== null && (isElement(before) ? before.tagName === 'BR' : squash(before.textContent) === '')) before = before.previousSibling;
  if (before === null || !isElement(before) || squash(before.textContent) !== '') return false;
  return before.tagName === 'IMG' || before.tagName === 'PICTURE' || before.querySelectorAll('img, picture').length > 0;
}

/**
 * A caption Wix sets as a text element of its own right after the image element (round 156, after batches 598 and 621: "Our crawler
 * camera inside a 150mm clay pipe." under the photo): one short paragraph of three words or more, no link, no heading, whose previous
 * element holds an image and no text. In the corpus 38 such boxes are captions, none the article's text.
 */
const WIX_TEXT = '[data-testid="richTextElement"]';
const CAPTION_MIN_WORDS = 3;

function isBoxedCaption(box: DomElement): boolean {
  const paragraphs = box.querySelectorAll('p');
  if (paragraphs.length !== 1 || box.querySelectorAll('a, img, li, table, h1, h2, h3, h4, h5, h6').length > 0) return false;
  const text = squash(box.textContent);
  if (text.length > CAPTION_MAX_CHARS || text.split(' ').length < CAPTION_MIN_WORDS || squash(paragraphs[0]!.textContent) !== text) return false;
  let before = box.previousSibling;
  while (before !== null && !isElement(before)) before = before.previousSibling;
  return before !== null && isElement(before) && squash(before.textContent) === '' && before.querySelectorAll('img, picture').length > 0;
}

function isImage(el: DomElement | undefined): boolean {
  if (el === undefined) return false;
  if (el.tagName === 'IMG' || el.tagName === 'PICTURE') return true;
  return el.tagName === 'A' && squash(el.textContent) === '' && el.querySelectorAll('img, picture').length > 0;
}

/**
 * A poster's picture, not a figure: a link to a profile ("substack.com/@name", "/u/name") or a picture described as an avatar.
 * Beside it is a short reply, not a caption (a Substack Notes reply, whose name the byline rules had taken; round 35).
 */
function isAvatar(el: DomElement | undefined): boolean {
  if (el === undefined) return false;
  const images = el.tagName === 'IMG' ? [el] : Array.from(el.querySelectorAll('img'));
  const alt = images.map((img) => img.getAttribute('alt') ?? '');
  const href = el.getAttribute('href') ?? '';
  // (or one named as the poster's picture by its class or its address: a Slack export's `<img class="user_icon"
  // src="https://avatars.slack-edge.com/...">` beside each message; round 84, after batch 303)
  const named = images.some((img) => AVATAR_NAME.test(img.getAttribute('class') ?? '') || AVATAR_PATH.test(img.getAttribute('src') ?? ''));
  return named || alt.some((a) => /\bavatar\b/i.test(a)) || /\/@[\w.-]+\/?$|\/(?:u|users?|members?|profiles?|people)\/[^/?#]+\/?$/i.test(href);
}

const AVATAR_NAME = /(?:^|[\s_-])(?:avatar|user[_-]?(?:icon|image|pic|photo)|profile[_-]?(?:pic|photo|image))(?:$|[\s_-])/i;
const AVATAR_PATH = /^(?:https?:)?\/\/avatars?\.|\/avatars?\//i;
