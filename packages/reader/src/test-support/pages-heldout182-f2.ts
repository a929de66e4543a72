import type { SeQuestion } from './pages-heldout182-se.js';

/** Held-out batch 182, file f2: the Stack Overflow question closed as a duplicate (a default argument in Python) for file f. */
export const dupNotice = [
  'This question already has answers here',
  'Why does a mutable default argument keep its value between calls?',
  '(38 answers)',
  'Python function remembers list from previous call',
  '(9 answers)',
  'Closed 2 years ago.',
];
export const soNav = ['About', 'Products', 'For Teams'];
export const soQuestion: SeQuestion = {
  site: { name: 'Stack Overflow', host: 'stackoverflow.com', key: 'stackoverflow' },
  slug: 'why-does-my-helper-function-keep-adding-to-the-same-list',
  title: 'Why does my helper function keep adding to the same list? [duplicate]',
  tags: ['python', 'function', 'default-arguments'],
  asked: '2 years, 1 month ago',
  askedIso: '2023-10-02T16:44:20',
  modified: '2 years, 1 month ago',
  viewed: '318 times',
  topNav: soNav,
  q: {
    id: 77214590,
    score: '-1',
    time: 'Oct 2, 2023 at 16:44',
    user: { name: 'Caspian Ferreira', rep: '23', badges: [0, 0, 4] },
    blocks: [
      {
        p:
          'I wrote a small helper that collects warnings while I parse a batch of survey files. Each file is supposed to get its ' +
          'own list, but the warnings from earlier files keep showing up for later ones:',
      },
      {
        pre:
          'def collect(line, warnings=[]):\n    if not line.strip():\n        warnings.append("empty line")\n    return warnings\n\n' +
          'for path in paths:\n    w = []\n    for line in open(path):\n        w = collect(line)\n    print(path, len(w))',
      },
      {
        p:
          'The first file prints 2, the second prints 5, the third prints 9, even though each file only has two or three empty ' +
          'lines. I create a new list <code>w</code> for every file, so where are the old warnings coming from?',
      },
    ],
    comments: [
      {
        score: '2',
        text: 'You never pass <code>w</code> into <code>collect</code>, so it always uses the default list, and that list is created only once.',
        user: 'Odalys Brennan',
        date: 'Oct 2, 2023 at 16:47',
      },
    ],
  },
  answers: [
    {
      id: 77214633,
      score: '3',
      accepted: true,
      time: 'Oct 2, 2023 at 16:55',
      user: { name: 'Odalys Brennan', rep: '88.3k', badges: [12, 105, 160] },
      blocks: [
        {
          p:
            'Default values are evaluated once, when the <code>def</code> statement runs, not each time the function is called. ' +
            'So <code>warnings=[]</code> creates one list object, and every call that does not pass its own list appends to that ' +
            'same object. The <code>w = []</code> in your loop has no effect, because you immediately replace it with whatever ' +
            '<code>collect</code> returns.',
        },
        { p: 'The usual fix is to use <code>None</code> as the default and create the list inside the function:' },
        { pre: 'def collect(line, warnings=None):\n    if warnings is None:\n        warnings = []\n    ...' },
        {
          p:
            'And then pass the list for each file explicitly, which also makes it clearer what the function is doing: ' +
            '<code>collect(line, w)</code>. Linters such as Ruff will warn you about a mutable default if you turn on the ' +
            'bugbear rules, which is worth doing in any project.',
        },
      ],
      comments: [{ text: 'That explains it, thank you. I had no idea the default was shared.', user: 'Caspian Ferreira', date: 'Oct 2, 2023 at 17:03' }],
    },
    {
      id: 77214702,
      score: '1',
      time: 'Oct 2, 2023 at 17:21',
      user: { name: 'Lysander Quaye', rep: '6,140', badges: [2, 19, 51] },
      blocks: [
        {
          p:
            'You can see it happening by printing the identity of the default. Every call reports the same id, which shows that ' +
            'it is one object living on the function itself. The defaults are stored in <code>collect.__defaults__</code>, and you ' +
            'can print that after each file to watch the list grow.',
        },
        {
          p:
            'Immutable defaults such as numbers, strings and <code>None</code> are safe, because they cannot be changed in place. ' +
            'The trouble only comes with lists, dictionaries, sets and other objects that can be modified.',
        },
      ],
      comments: [],
    },
  ],
  blog: ['Reviewing the year in developer surveys', 'What a decade of tags tells us about how people learn'],
  meta: ['Policy: generative AI (e.g., ChatGPT) is banned', 'New comment UI experiment graduation'],
  related: [
    ['2', 'Why is my list shared between instances of a class?'],
    ['0', 'Function keeps old values between calls in Python'],
    ['5', 'Is it bad practice to use a list as a default argument?'],
  ],
  hot: [
    ['Super User', 'Can a USB-C hub damage a laptop charging port?'],
    ['Cross Validated', 'Should I standardise predictors before fitting a lasso?'],
    ['Travel', 'Can I carry a power bank in checked luggage on a domestic flight?'],
  ],
  notice: `<aside class="s-notice s-notice__info post-notice js-post-notice mb16" role="status">
<div class="d-flex fd-column fw-nowrap"><div class="d-flex fw-nowrap"><div class="flex--item wmn0 fl1 lh-lg"><div class="flex--item fl1 lh-lg">
<div><b>This question already has answers here</b>:
<div class="spacer"><a href="/questions/1132941/why-does-a-mutable-default-argument-keep-its-value" dir="ltr">Why does a mutable default argument keep its
value between calls?</a> <span class="question-originals-answer-count">(38 answers)</span></div>
<div class="spacer"><a href="/questions/26320899/python-function-remembers-list-from-previous-call" dir="ltr">Python function remembers list from
previous call</a> <span class="question-originals-answer-count">(9 answers)</span></div></div>
<div class="mt8">Closed <span title="2023-10-02 16:49:12Z" class="relativetime">2 years ago</span>.</div>
</div></div></div></div></aside>`,
};
