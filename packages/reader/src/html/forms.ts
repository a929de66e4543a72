import { isElement, squash, squashedLength, type DomDocument, type DomElement } from './dom.js';

/**
 * Forms (sprint 9). A form that asks for typing (search, sign-in, newsletter, "Leave a reply")
 * and holds little else is furniture; but some sites wrap what they show in a <form>: old Reddit
 * puts the post and every comment in `<form class="usertext">`, ASP.NET sites the whole page.
 * Those keep their prose; only the controls go (removed everywhere by the furniture pass).
 *
 * The box around an entry form goes with it when the form was nearly all it held (session 10,
 * after batch 6): the line that asks for the input ("Get new posts from Tallyfield Engineering
 * by email", "Search this site") is the form's label, whatever its words.
 */

/** Controls a reader types into or picks from (hidden inputs and buttons ask for nothing). */
const ENTRY =
  'textarea, select, input:not([type]), input[type="text"], input[type="email"], ' +
  'input[type="password"], input[type="search"], input[type="tel"], input[type="url"], ' +
  'input[type="number"]';
/** Text of a form besides its controls' labels, above which it is a container of content. */
const PROSE_CHARS = 300;
const CONTROLS = 'button, select, textarea, label, legend, datalist, output';
/** Text of a form's box besides the form, up to which the box is the form's (its prompt and a line of small print). */
const BOX_CHARS = 120;
/** Containers that are never a form's box. */
const NOT_A_BOX = /^(?:BODY|HTML|MAIN|ARTICLE|FORM|TD|TR|TBODY|TABLE)$/;

/** Removes the forms that ask for input and hold no more than a short text (run after hidden elements are gone). */
export function removeEntryForms(doc: DomDocument): void {
  for (const form of Array.from(doc.querySelectorAll('form'))) {
    if (form.parentNode === null || form.querySelectorAll(ENTRY).length === 0 || proseChars(form) > PROSE_CHARS) continue;
    const box = form.parentNode;
    const own = squash(form.textContent).length;
    const rest = squashedLength(box, own + BOX_CHARS) - own;
    if (isElement(box) && !NOT_A_BOX.test(box.tagName) && rest <= BOX_CHARS && box.querySelectorAll('h1').length === 0) box.remove();
    else form.remove();
  }
}

/**
 * Characters of text in `form` outside its controls. A control that holds text blocks is content, not a control's label (round 101,
 * after batch 442's Qualtrics survey: its introduction, a heading, six paragraphs and a list, set inside the question's `<legend>`, went
 * with the form as its label, and the page read as nothing).
 */
function proseChars(form: DomElement): number {
  let controls = 0;
  for (const c of Array.from(form.querySelectorAll(CONTROLS))) if (c.querySelectorAll(TEXT_BLOCKS).length === 0) controls += squash(c.textContent).length;
  return squash(form.textContent).length - controls;
}
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, ul, ol';
