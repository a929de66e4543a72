import { squash, type DomDocument } from './dom.js';
import { removeSection, sectionOf } from './notes.js';
import { declaresType } from './page-types.js';
import { standsAlone } from './structure.js';

/**
 * The info panels of an event page (round 11, after batch 12's Eventbrite page): on a page that
 * declares a schema.org Event (JSON-LD or microdata; any subtype, `MusicEvent`, `EducationEvent`...,
 * or og:type `event`), the site renders the Event's fields as labelled boxes around the organiser's
 * description: "Date and time" (startDate), "Location" (location), "Refund policy" (offers),
 * "Organised by" (organizer), "Tickets". Eventbrite, Meetup, Luma and Ticket Tailor use these
 * labels. A short section under such a heading is data, not the description; the widget's own
 * label over the description ("About this event") goes alone, and so does the attendance mode
 * (eventAttendanceMode: "In person", "Online event") standing as a line of its own.
 */
const PANEL = new RegExp(
  '^(?:date(?: and | & )time|dates? & times?|when|where|when and where|location|venue|refund policy|refunds|tickets?' +
    '|organi[sz]ed by|organi[sz]ers?|hosted by|hosts?|event organi[sz]er|share this event)$',
  'i',
);
const WIDGET_LABEL = /^(?:about (?:this|the) event|event (?:details|description|info(?:rmation)?))$/i;
const ATTENDANCE = /^(?:in[- ]person|online(?: event)?|hybrid(?: event)?|mixed attendance)$/i;
const PANEL_MAX_CHARS = 400;

/** Removes an event page's info panels from `doc` in place. */
export function removeEventPanels(doc: DomDocument): void {
  if (!declaresType(doc, /Event$/, /^(?:events?\.)?event$/i)) return;
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4'))) {
    const text = squash(h.textContent);
    if (h.parentNode === null) continue;
    if (WIDGET_LABEL.test(text)) h.remove();
    else if (PANEL.test(text) && sectionOf(h).reduce((n, el) => n + squash(el.textContent).length, 0) <= PANEL_MAX_CHARS) removeSection(h);
  }
  for (const el of Array.from(doc.querySelectorAll('li, p, span, div'))) {
    if (el.parentNode !== null && ATTENDANCE.test(squash(el.textContent)) && standsAlone(el)) el.remove();
  }
}
