import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { removeChapterLines } from './video-page.js';

describe('a video page (video-page.ts)', () => {
  it('drops a chapter run with its label and a label-and-address line, and keeps timestamps that are no run', () => {
    const description = 'We rebuilt the wall.\nChapters:\n0:00 Intro\n1:42 The old wall\n4:10 The new wall\nTools (affiliate links): https://tools.example/x';
    expect(removeChapterLines(description)).toBe('We rebuilt the wall.');
    const notRun = 'At 1:42 the tide turned.\n1:42 Tide\n4:10 Storm';
    expect(removeChapterLines(notRun)).toBe(notRun);
  });

  it("drops the heading over a chapter run (a podcast's show notes), and keeps a heading over anything else", () => {
    const notes = 'We walk the lanes.\n\n### Timestamps\n\n- 00:00 Introduction\n- 03:12 Old orchards\n- 11:40 A tree in a hedge\n\n### Links\n\n- A map';
    expect(removeChapterLines(notes).replace(/\n+/g, '\n')).toBe('We walk the lanes.\n### Links\n- A map');
    const headedProse = 'We walk the lanes.\n\n### Timestamps\n\nEach stamp is a part of the talk.';
    expect(removeChapterLines(headedProse)).toBe(headedProse);
  });

  it('drops the headed panels of a page that declares a VideoObject, and keeps them elsewhere', () => {
    const panels = '<div><h2>Transcript</h2><p>Follow along using the transcript.</p></div>';
    const video = '<script type="application/ld+json">{"@type":"VideoObject","name":"Harbour works"}</script>';
    expect(norm(extractArticle(harbourStory(panels, { head: video })).text)).not.toMatch(/transcript/);
    expect(norm(extractArticle(harbourStory(panels)).text)).toContain('follow along using the transcript');
  });
});
