/**
 * Held-out batch 117, file f3: the texts of the Medium post of file f (article, responses and rails).
 */
export const title = 'I went back to a paper notebook for my to-do list. Here’s the system that stuck.';
export const subtitle = 'Three years, eleven notebooks, and one rule I never break.';
export const p1 = [
  'I have tried every to-do app you can name. Each one worked beautifully for about three weeks, until I had a backlog of two ' +
    'hundred tasks, a dozen tags I had stopped using, and a red badge on my phone that I had learned to ignore.',
  'In early 2022 I bought a cheap A5 notebook out of frustration. I am now on my eleventh. This is the system I have ended up with, ' +
    'and it is much simpler than I expected.',
];
export const parts: [string, string[]][] = [
  [
    'One page per day, written the night before',
    [
      'Every evening I open a fresh page, write tomorrow’s date at the top, and list what I intend to do. Writing it the night ' +
        'before means I start the day knowing what matters, instead of deciding over coffee while emails pile up.',
      'The page has three sections, separated by a line: <em>must do</em>, <em>should do</em> and <em>could do</em>. The must ' +
        'do section is never longer than three items. That is the rule I never break.',
    ],
  ],
  [
    'Carrying forward is a decision',
    [
      'Anything unfinished at the end of the day has to be copied by hand onto the next page. It sounds tedious, and it is meant to ' +
        'be. After copying the same task four days running, I usually realise I do not want to do it, and I cross it out instead.',
      'In an app, unfinished tasks roll over silently and forever. In a notebook, every rollover costs me a few seconds of writing, ' +
        'and that small cost keeps the list honest.',
    ],
  ],
  [
    'A weekly page for everything else',
    [
      'Ideas, things to buy, people to call back and projects for some distant day go on a single page at the front of each week. ' +
        'On Sunday I read through it, move anything urgent onto a daily page, and leave the rest.',
    ],
  ],
  [
    'What I still use digital tools for',
    [
      'I have not become a luddite. Appointments live in my phone’s calendar because I need reminders. Shared work lives in the ' +
        'team’s project tracker because other people need to see it. The notebook is only for what I, personally, intend to do.',
    ],
  ],
  [
    'Why it works for me',
    [
      'I think the notebook works because it is finite. There is only so much room on a page, and when it is full, the day is ' +
        'full. No app ever told me that.',
      'If you want to try it, you do not need a special notebook or pens. Use whatever is on your desk for two weeks, keep the must ' +
        'do list to three items, and see what happens.',
    ],
  ],
];
export const caption = 'Eleven notebooks, three years. Photo by the author.';
export const caption2 = 'A typical daily page: three musts, a few shoulds, and the inevitable crossings-out.';
export const tags = ['Productivity', 'Bullet Journal', 'Notebooks', 'Time Management', 'Self Improvement'];
export const bio = 'Writing about work, habits and the small tools we use to get through the week. Occasional bad drawings.';
export const responses: [string, string, string, string][] = [
  ['Maya Okonkwo', 'Mar 10, 2025', 'The “copying by hand is meant to be tedious” bit is brilliant. That is why my app list grew to 300 items.', '48'],
  ['Rob Dillane', 'Mar 11, 2025', 'Three must-dos is the whole trick, isn’t it. Everything else is stationery.', '21'],
];
export const more: [string, string, string][] = [
  ['The meeting-free Wednesday experiment, six months later', 'What happened to our team’s calendar, and to the rest of the week.', 'Jan 14, 2025'],
  ['I stopped checking email before 10am', 'Nothing caught fire. A few things got better.', 'Oct 2, 2024'],
];
export const recommended: [string, string, string][] = [
  ['Lena Hart', 'Why your to-do list keeps growing', 'Feb 21, 2025'],
  ['Owen Pike', 'The 2-minute rule is not what you think', 'Dec 30, 2024'],
];
export const foot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
