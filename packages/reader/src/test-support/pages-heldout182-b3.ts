import type { SeQuestion } from './pages-heldout182-se.js';

/** Held-out batch 182, file b3: the Home Improvement Stack Exchange question (a tripping bathroom RCD) for file b. */
export const diyQuestion: SeQuestion = {
  site: { name: 'Home Improvement Stack Exchange', host: 'diy.stackexchange.com', key: 'diy' },
  slug: 'bathroom-extractor-fan-trips-the-rcd-only-after-a-shower',
  title: 'Bathroom extractor fan trips the RCD only after a shower',
  tags: ['electrical', 'bathroom', 'exhaust-fan', 'rcd'],
  asked: '2 months ago',
  askedIso: '2025-09-21T08:03:17',
  modified: '2 months ago',
  viewed: '688 times',
  q: {
    id: 330145,
    score: '5',
    time: 'Sep 21, 2025 at 8:03',
    user: { name: 'Ruaraidh Penhallow', rep: '57', badges: [0, 0, 3] },
    blocks: [
      {
        p:
          'The extractor fan in our bathroom trips the RCD for the upstairs circuits, but only after someone has had a long shower ' +
          'and only about ten minutes after the fan has been running. If I reset it straight away it trips again. If I wait an ' +
          'hour it resets and stays on.',
      },
      {
        p:
          'The fan is in the ceiling directly above the shower, wired from the lighting circuit with a timer, and was fitted by ' +
          'the previous owner about six years ago. The loft above is cold and not boarded. I have not seen any water in the light ' +
          'fittings.',
      },
      { p: 'Is this the fan itself, the ducting, or something else? I would like to know what I am dealing with before I call someone.' },
    ],
    comments: [
      {
        score: '4',
        text: 'Is the duct insulated where it runs through the loft, and does it slope down towards the outside?',
        user: 'Gethin Oyelaran',
        date: 'Sep 21, 2025 at 9:30',
      },
      {
        text: '@GethinOyelaran It is the bare flexible kind and it sags between two joists. I had not thought about that.',
        user: 'Ruaraidh Penhallow',
        date: 'Sep 21, 2025 at 10:12',
      },
    ],
  },
  answers: [
    {
      id: 330152,
      score: '12',
      accepted: true,
      time: 'Sep 21, 2025 at 10:48',
      user: { name: 'Gethin Oyelaran', rep: '29.1k', badges: [4, 38, 112] },
      blocks: [
        {
          p:
            'That sag is almost certainly your problem. Warm, wet air from the shower goes up an uninsulated duct in a cold loft, ' +
            'the moisture condenses on the inside of the duct, and the water collects in the low point. Once enough has built up, ' +
            'it runs back down into the fan, which is why it takes a while after the shower, and why it is fine again once it has ' +
            'dried out.',
        },
        { p: 'What I would do, in this order:' },
        {
          ol: [
            'Isolate the lighting circuit and take the fan cover off. Look for water marks or corrosion on the terminals.',
            'Replace the flexible duct with insulated duct, pulled tight so it runs in a straight line.',
            'Make sure the duct falls slightly towards the outside, so any condensate drains out rather than back.',
            'Fit a condensation trap if the run has to go upwards anywhere.',
          ],
        },
        {
          p:
            'If there is corrosion inside the fan, replace it. A fan in zone 1 above a shower should be IP rated for that position ' +
            'and many older ones are not, so it is worth checking the label while you are up there.',
        },
      ],
      comments: [
        {
          score: '1',
          text: 'There was a teaspoon of water in the housing and the terminal block was green. New fan and new duct ordered.',
          user: 'Ruaraidh Penhallow',
          date: 'Sep 22, 2025 at 17:05',
        },
      ],
    },
    {
      id: 330171,
      score: '2',
      time: 'Sep 22, 2025 at 7:14',
      user: { name: 'Anneliese Okafor', rep: '1,562', badges: [0, 6, 19] },
      blocks: [
        {
          p:
            'Agree with the condensation diagnosis. One more thing to rule out: if the fan is on the lighting circuit, water could ' +
            'also be getting into the ceiling rose or a junction box in the loft. When you replace the duct, have a look along the ' +
            'cable run for any connections that sit under the duct.',
        },
        {
          p: 'And if the RCD trips with the fan disconnected, the fault is somewhere else, so test that before you spend money.',
        },
      ],
      comments: [],
    },
  ],
  blog: ['Reviewing the year in developer surveys', 'What a decade of tags tells us about how people learn'],
  meta: ['Policy: generative AI (e.g., ChatGPT) is banned', 'Should we require a location for code questions?'],
  related: [
    ['9', 'RCD trips when it rains: where do I start?'],
    ['17', 'How should a bathroom fan duct be routed through a cold loft?'],
    ['3', 'Extractor fan keeps running after the timer ends'],
  ],
  hot: [
    ['Seasoned Advice', 'Can I freeze custard without it splitting?'],
    ['Super User', 'Why does Windows keep waking from sleep at 3am?'],
    ['Academia', 'Is it rude to email a professor twice in a week?'],
  ],
};
