/**
 * Held-out batch 42, file b3: the posts of the Meta Discourse topic of file b (texts, the poll and the quote, and the post
 * records both of its views are built from), kept apart so that neither file passes 300 lines.
 */
export const dcTitle = 'How do you deal with old topics that keep getting revived?';
export const dcOp1 = [
  'On our community for amateur astronomers we have about eleven years of topics, and a fair number of them get bumped every ' +
    'week by someone who found them through search. Sometimes that is great: a new owner of an old telescope mount adds a useful ' +
    'fix to a thread from 2016. More often the reply is a “same problem here” under advice that stopped being true several ' +
    'firmware versions ago.',
  'I am curious how other communities handle this, so here is a quick poll. Pick everything you actually use today, not what ' + 'you would like to do:',
];
export const dcPoll = [
  'Auto-close topics after a period of inactivity',
  'Show the “this topic is old” warning in the composer',
  'Close by hand when a revived topic goes off the rails',
  'Split new replies into a fresh topic that links the old one',
  'Leave everything open and let it be',
];
export const dcOp2 = ['If you auto-close, I would also love to hear which timer you settled on and whether members pushed back on it.'];
export const dcR2 = [
  'We auto-close after 180 days in the support categories and never in the general chat ones. The pushback lasted about a month ' + 'and then stopped.',
  'What made the difference was adding a line to the close message that points to the New Topic button and says that a link ' +
    'back to the old thread is welcome.',
];
export const dcR3 = [
  'The old-topic warning is underrated. We set it to 90 days and it cut replies to revived topics by roughly half on its own, ' +
    'mostly because people read it and realise their question is slightly different anyway.',
];
const dcQuote = 'adding a line to the close message that points to the New Topic button';
export const dcR4 = ['That is a nice touch. Did you write one message per category, or is it the same text everywhere?'];
export const dcR5 = [
  'One message per category, but only three categories really need it. Hardware help gets the longest one, because that is ' +
    'where outdated advice does the most damage.',
];
export const dcR6 = [
  'Worth knowing for anyone who finds this later: the close timer can count from the last post rather than from the day the ' +
    'topic was created, which is what you want here. You can also set a default timer per category in its settings, so new ' +
    'topics pick it up without anyone having to remember.',
];
export const dcR7 = [
  'We tried splitting replies into new topics for a while and gave it up. It works when a moderator catches the bump within a ' +
    'day, but a week later the split topic has lost its context and the person who replied never finds it again.',
];
export interface Post {
  n: number;
  user: string;
  name: string;
  title: string;
  short: string;
  long: string;
  crawl: string;
  likes: string;
  cooked: string;
}
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const pollBox = '<svg class="fa d-icon d-icon-far-square svg-icon" aria-hidden="true"></svg>';
const pollHelp = `<div class="poll-info_instructions"><ul><li class="multiple-help-text"><svg aria-hidden="true"></svg>
<span>Choose up to 5 options</span></li></ul></div>`;
const pollButtons = `<div class="poll-buttons"><button class="btn btn-icon-text cast-votes btn-primary" disabled>
<span class="d-button-label">Vote now!</span></button>
<button class="btn btn-icon-text toggle-results"><span class="d-button-label">Show results</span></button></div>`;
const pollHtml = (ember: boolean): string =>
  `<div class="poll" data-poll-name="poll" data-poll-type="multiple" data-poll-status="open" data-poll-results="always" data-poll-min="1" data-poll-max="5">
<div class="poll-container"><ul class="poll-options">${dcPoll
    .map(
      (o, i) =>
        `<li data-poll-option-id="a${i}f3c9e"${ember ? ' role="checkbox" aria-checked="false" tabindex="0"' : ''}>${ember ? pollBox : ''}
<span class="option-text">${o}</span></li>`,
    )
    .join('\n')}</ul></div>
<div class="poll-info"><div class="poll-info_counts"><div class="poll-info_counts-count"><span class="info-number">${ember ? '138' : '0'}</span>
<span class="info-label">voters</span></div></div>${ember ? pollHelp : ''}</div>
${ember ? pollButtons : ''}</div>`;
const quoteHtml = `<aside class="quote no-group" data-username="tcarvalho" data-post="2" data-topic="371204"><div class="title">
<div class="quote-controls"></div><img alt="" width="24" height="24" src="/user_avatar/meta.discourse.org/tcarvalho/48/1.png" class="avatar"> tcarvalho:</div>
<blockquote><p>${dcQuote}</p></blockquote></aside>`;
export const posts = (ember: boolean): Post[] => [
  {
    n: 1,
    user: 'hollis_m',
    name: 'Hollis Marchetti',
    title: '',
    short: 'Jun 3',
    long: 'Jun 3, 2025 2:22 pm',
    crawl: 'June 3, 2025,  2:22pm',
    likes: '11',
    cooked: `${ps(dcOp1)}\n${pollHtml(ember)}\n${ps(dcOp2)}`,
  },
  {
    n: 2,
    user: 'tcarvalho',
    name: 'Tiago Carvalho',
    title: '',
    short: 'Jun 3',
    long: 'Jun 3, 2025 4:05 pm',
    crawl: 'June 3, 2025,  4:05pm',
    likes: '17',
    cooked: ps(dcR2),
  },
  {
    n: 3,
    user: 'ruthanne',
    name: 'Ruth Anne Okafor',
    title: 'Community Manager',
    short: 'Jun 4',
    long: 'Jun 4, 2025 9:48 am',
    crawl: 'June 4, 2025,  9:48am',
    likes: '9',
    cooked: ps(dcR3),
  },
  {
    n: 4,
    user: 'hollis_m',
    name: 'Hollis Marchetti',
    title: '',
    short: 'Jun 4',
    long: 'Jun 4, 2025 11:30 am',
    crawl: 'June 4, 2025, 11:30am',
    likes: '',
    cooked: `${quoteHtml}\n${ps(dcR4)}`,
  },
  {
    n: 5,
    user: 'tcarvalho',
    name: 'Tiago Carvalho',
    title: '',
    short: 'Jun 4',
    long: 'Jun 4, 2025 1:17 pm',
    crawl: 'June 4, 2025,  1:17pm',
    likes: '4',
    cooked: ps(dcR5),
  },
  {
    n: 6,
    user: 'ellie.kwan',
    name: 'Ellie Kwan',
    title: 'Product Support',
    short: 'Jun 5',
    long: 'Jun 5, 2025 8:02 am',
    crawl: 'June 5, 2025,  8:02am',
    likes: '13',
    cooked: ps(dcR6),
  },
  {
    n: 7,
    user: 'yusuf.demir',
    name: 'Yusuf Demir',
    title: '',
    short: 'Jun 9',
    long: 'Jun 9, 2025 7:41 pm',
    crawl: 'June 9, 2025,  7:41pm',
    likes: '6',
    cooked: ps(dcR7),
  },
];
