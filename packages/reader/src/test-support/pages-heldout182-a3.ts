import type { SeQuestion } from './pages-heldout182-se.js';

/** Held-out batch 182, file a3: the Travel Stack Exchange question (a missed ferry connection on one ticket) for file a. */
export const travelQuestion: SeQuestion = {
  site: { name: 'Travel Stack Exchange', host: 'travel.stackexchange.com', key: 'travel' },
  slug: 'is-the-ferry-company-responsible-if-my-connecting-bus-is-late-on-a-through-ticket',
  title: 'Is the ferry company responsible if my connecting bus is late on a through ticket?',
  tags: ['ferries', 'buses', 'missed-connections', 'passenger-rights'],
  asked: '3 months ago',
  askedIso: '2025-08-14T06:51:09',
  modified: '3 months ago',
  viewed: '412 times',
  q: {
    id: 199874,
    score: '9',
    time: 'Aug 14, 2025 at 6:51',
    user: { name: 'Petronella Ashdown', rep: '1,118', badges: [0, 4, 15] },
    blocks: [
      {
        p:
          'Next month I am travelling from Calvaro to the island of Ostrena with a single booking from Marisol Lines. The ticket ' +
          'covers a coach from Calvaro to the port at Punta Leve and then the 17:30 ferry. The coach is scheduled to arrive at ' +
          '16:55, which leaves 35 minutes to get from the coach stop to the ferry terminal and board.',
      },
      {
        p:
          'The coach is operated by a different company, Autolinee Brasca, but it is sold by Marisol as part of the same ticket and ' +
          'shows one booking reference. Reviews suggest the coach is often 20 to 40 minutes late in summer because of traffic on ' +
          'the coast road.',
      },
      {
        p:
          'If the coach is late and I miss the last ferry of the day, is Marisol obliged to put me on the next sailing and pay for a ' +
          'hotel, or is that my problem because the late leg was a bus?',
      },
    ],
    comments: [
      {
        score: '3',
        text: 'What do the conditions of carriage on the ticket say about combined services? Those usually decide it.',
        user: 'Dunstan Reyes',
        date: 'Aug 14, 2025 at 7:20',
      },
      { text: 'Is the 17:30 really the last sailing, or is there a later one that only runs on some days?', user: 'Amara Quist', date: 'Aug 14, 2025 at 9:02' },
    ],
  },
  answers: [
    {
      id: 199880,
      score: '14',
      accepted: true,
      time: 'Aug 14, 2025 at 10:36',
      user: { name: 'Lorcan Abiodun', rep: '42.7k', badges: [8, 77, 190] },
      blocks: [
        {
          p:
            'Short version: if it is genuinely one contract with one booking reference, the company that sold it to you is responsible ' +
            'for getting you to the destination, even if another operator runs one leg. The regulations covering sea passengers and ' +
            'bus passengers are separate, but the contract is what matters here.',
        },
        { p: 'What to check before you travel:' },
        {
          ul: [
            'Whether your confirmation says "through ticket", "combined ticket" or lists the coach as a separate "partner service".',
            'The section of the conditions on missed connections. Some operators promise the next available sailing only.',
            'Whether the hotel is covered, or only rebooking. Many ferry companies cap accommodation at a fixed amount per night.',
          ],
        },
        {
          p:
            'If the conditions say the coach is a partner service sold for convenience, you may be left with a refund for the unused ' +
            'ferry leg and nothing else. In that case I would book an earlier coach and accept the wait at the port, because there ' +
            'is not much to do in Punta Leve but the cafe by the terminal is fine.',
        },
        {
          p:
            'Either way, if it happens, go to the Marisol desk at the terminal before it closes, show the booking and ask for the ' +
            'missed connection to be noted on it. That note makes any later claim much easier.',
        },
      ],
      comments: [
        {
          score: '2',
          text: 'This matches my experience with another island line. They rebooked me without argument because the bus was on the same ticket.',
          user: 'Amara Quist',
          date: 'Aug 15, 2025 at 18:44',
        },
      ],
    },
    {
      id: 199903,
      score: '4',
      time: 'Aug 15, 2025 at 21:10',
      user: { name: 'Hedda Moretti', rep: '876', badges: [0, 2, 9] },
      blocks: [
        {
          p:
            'I did this exact trip in July. The coach was 25 minutes late and the ferry crew held the gangway open for the coach ' +
            'passengers, because the crew knew how many were booked on it. The terminal is a five-minute walk from the stop, and the ' +
            'staff at the coach stop pointed everyone the right way.',
        },
        {
          p: 'I would not rely on that every time, but in practice they seem to expect the coach to be late and plan around it.',
        },
      ],
      comments: [],
    },
  ],
  blog: ['Reviewing the year in developer surveys', 'What a decade of tags tells us about how people learn'],
  meta: ['Policy: generative AI (e.g., ChatGPT) is banned', 'Should we allow questions about travel insurance claims?'],
  related: [
    ['31', 'Who pays when I miss a connecting flight on separate tickets?'],
    ['8', 'Rights of ferry passengers when a sailing is cancelled'],
    ['5', 'Does a rail and sail ticket guarantee the connection?'],
  ],
  hot: [
    ['Cross Validated', 'Why is my bootstrap interval narrower than the analytic one?'],
    ['Home Improvement', 'Can I run a dryer vent through a joist bay?'],
    ['Seasoned Advice', 'Why does my pastry shrink in the tin?'],
    ['English Language & Usage', 'Is there a word for the day after tomorrow?'],
  ],
};
