import type { SeQuestion } from './pages-heldout182-se.js';

/** Held-out batch 182, file b2: the Academia Stack Exchange question (a supervisor leaving mid-PhD) for file b. */
export const academiaQuestion: SeQuestion = {
  site: { name: 'Academia Stack Exchange', host: 'academia.stackexchange.com', key: 'academia' },
  slug: 'my-supervisor-is-moving-abroad-in-my-third-year-should-i-follow-or-stay',
  title: 'My supervisor is moving abroad in my third year. Should I follow or stay?',
  tags: ['phd', 'advisor', 'changing-institution', 'europe'],
  asked: '5 months ago',
  askedIso: '2025-06-02T19:12:44',
  modified: '4 months ago',
  viewed: '2k times',
  q: {
    id: 218833,
    score: '18',
    time: 'Jun 2, 2025 at 19:12',
    edited: 'Jun 3, 2025 at 6:40',
    user: { name: 'anonymous-doctoral', rep: '91', badges: [0, 0, 4] },
    blocks: [
      {
        p:
          'I am a third-year PhD student in marine chemistry at a university in the Netherlands. Last week my supervisor told our ' +
          'group that she has accepted a chair at a university in Norway and will move there in January. She has offered to take ' +
          'me with her as a visiting student, with the degree still awarded here, or to arrange a co-supervisor here so that I ' +
          'can stay.',
      },
      {
        p:
          'My funding runs until next September. Most of my samples and the mass spectrometer I use are here, but she is the only ' +
          'person in the department who really understands my project. I have a partner and a lease here, so moving is not simple.',
      },
      { p: 'What are the things I should be weighing, and what should I ask for in writing before I decide?' },
    ],
    comments: [
      {
        score: '5',
        text: 'Ask the graduate school now, not in December. They have seen this before and have rules you do not know about yet.',
        user: 'Feodora Kaminski',
        date: 'Jun 2, 2025 at 20:03',
      },
    ],
  },
  answers: [
    {
      id: 218841,
      score: '24',
      accepted: true,
      time: 'Jun 2, 2025 at 21:29',
      user: { name: 'Prof. Emeka Tallis', rep: '61.2k', badges: [9, 120, 233] },
      blocks: [
        {
          p:
            'I have been on both sides of this: I moved institutions with two students, and one of them stayed behind. The deciding ' +
            'factor in both cases was not where the student lived but where the data would come from in the last year.',
        },
        { h: 'Things to weigh' },
        {
          ul: [
            'Where your remaining experiments happen. If the instrument stays here, moving means long trips back or a gap in data.',
            'Who will actually read your chapters. A co-supervisor who signs forms is not the same as one who reads drafts.',
            'Whether your funding allows time abroad, and whether it pays for travel between the two places.',
            'Your life outside the lab. A final year is hard enough without also being lonely.',
          ],
        },
        { h: 'What to get in writing' },
        {
          p:
            'Before you decide, ask for a short written agreement signed by your supervisor, the proposed co-supervisor and the ' +
            'graduate school. Our regulations, and I suspect yours, say something like this:',
        },
        {
          quote:
            'Where a supervisor leaves the university, the faculty shall ensure that the candidate continues to receive supervision ' +
            'of equivalent quality until the defence.',
        },
        {
          p:
            'Hold them to that. The agreement should name who reads drafts, how often you will meet your supervisor remotely, who ' +
            'pays for visits, and who will chair the defence. Most students stay, and most of those who stay are fine, provided ' +
            'these things are settled early.',
        },
      ],
      comments: [
        {
          score: '3',
          text: 'The point about who reads drafts is the important one. My co-supervisor never opened a chapter.',
          user: 'Feodora Kaminski',
          date: 'Jun 3, 2025 at 8:15',
        },
      ],
    },
    {
      id: 218907,
      score: '6',
      time: 'Jun 4, 2025 at 11:52',
      user: { name: 'Sunniva Raghunathan', rep: '3,404', badges: [0, 14, 38] },
      blocks: [
        {
          p:
            'I followed my supervisor in my final year and do not regret it, but it only worked because all my data was already ' +
            'collected. I spent the year writing, which I could do anywhere. If you still need eight months on the spectrometer, ' +
            'staying looks like the sensible choice.',
        },
        {
          p:
            'One more thing: a visiting position in Norway may come with a desk and a badge but no salary, so check whether your ' +
            'Dutch contract still pays you in full while you are abroad and what happens to your tax and insurance.',
        },
      ],
      comments: [],
    },
  ],
  blog: ['Reviewing the year in developer surveys', 'What a decade of tags tells us about how people learn'],
  meta: ['Policy: generative AI (e.g., ChatGPT) is banned', 'Retiring the "phd-applications" tag'],
  related: [
    ['41', 'What happens to a PhD student when the advisor leaves the university?'],
    ['12', 'Should I move with my advisor to another country?'],
    ['7', 'How to ask for a co-supervisor without offending my advisor'],
  ],
  hot: [
    ['Travel', 'Do I need a transit visa for a same-terminal connection in Doha?'],
    ['Cross Validated', 'Interpreting an interaction between two continuous predictors'],
    ['Workplace', 'How do I decline a promotion without hurting my career?'],
  ],
};
