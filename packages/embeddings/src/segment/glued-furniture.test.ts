import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';

// Text as scraped from a news page: the share bar's links and the video player's notice run into the prose.
const SHARE = 'Share this withEmailFacebookMessengerMessengerTwitterPinterestWhatsAppLinkedInCopy this link';
const SCRAPED =
  `${SHARE}The council has approved a new bus lane on the coast road after two years of talks. ` +
  'Work starts in May and will take six weeks, the council said. ' +
  'The mayor said: "It is the busiest road we have. Media playback is not supported on this deviceDrivers will see the signs from Monday.';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('page furniture glued to a sentence', () => {
  it('is no part of any sentence: the sentences start after the share bar and the player notice', () => {
    const sentences = splitSentences(SCRAPED);
    expect(sentences.map((s) => s.text)).toEqual([
      'The council has approved a new bus lane on the coast road after two years of talks.',
      'Work starts in May and will take six weeks, the council said.',
      'The mayor said: "It is the busiest road we have.',
      'Drivers will see the signs from Monday.',
    ]);
    for (const s of sentences) expect(SCRAPED.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads the spaced and the Welsh share bars, and drops a piece that is only furniture', () => {
    expect(texts('Share this with Email Facebook Twitter WhatsApp Copy this link The river rose by a metre overnight.')).toEqual([
      'The river rose by a metre overnight.',
    ]);
    expect(
      texts(
        'Rhannu hwn arEbostFacebookMessengerTwitterCopïo’r ddolen ymaMae’r rhain yn ddolenni allanol ac yn agor mewn ffenest newyddMae’r cyngor wedi cytuno.',
      ),
    ).toEqual(['Mae’r cyngor wedi cytuno.']);
    expect(texts('The game ended late.\n\nMedia playback is unsupported on your device\n\nThe fans went home.')).toEqual([
      'The game ended late.',
      'The fans went home.',
    ]);
  });

  it('leaves prose about sharing and playback alone', () => {
    const prose = [
      'Share this with your neighbours before the meeting.',
      'Media playback is a feature the new phones lack.',
      'These are external links, the judge noted, and he would not follow them.',
    ];
    expect(texts(prose.join(' '))).toEqual(prose);
  });

  it('never changes the sentences of a text when furniture is put in front of any of them (property)', () => {
    const sentence = fc.constantFrom(
      'The bridge reopened on Tuesday.',
      'Mr Evans said the work was finished early.',
      '"We are delighted," she said.',
      'Tickets cost £5 for adults.',
      'Shares in the firm rose by 4%.',
    );
    const furniture = fc.constantFrom(SHARE, 'Media playback is not supported on this device', 'These are external links and will open in a new window');
    fc.assert(
      fc.property(fc.array(fc.tuple(sentence, fc.option(furniture)), { minLength: 1, maxLength: 6 }), (parts) => {
        const clean = parts.map(([s]) => s).join(' ');
        const dirty = parts.map(([s, f]) => (f === null ? s : `${f}${s}`)).join(' ');
        expect(texts(dirty)).toEqual(texts(clean));
      }),
    );
  });
});
