/**
 * Held-out batch 117, file c4: the texts of the Astra parenting post of file c2 (article, comments, sidebar and footer).
 */
export const title = 'Our Screen-Free After-School Routine (That Actually Stuck)';
export const disclosure = 'This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.';
export const p1 = [
  'Last autumn, the hour after school had become the worst hour of our day. My two (Mila is eight, Theo is five) came through the ' +
    'door tired and hungry, went straight for the tablet, and melted down when I asked them to turn it off for dinner. I was tired ' +
    'too, and honestly, the tablet was easy.',
  'We did not go screen-free overnight, and we still watch plenty of films at weekends. But weekday afternoons are now screen-free, ' +
    'and after four months I can say it has stuck. Here is exactly what we do.',
];
export const sections: [string, string[], string[]?, string[]?][] = [
  [
    '1. A snack is waiting when they get home',
    [
      'Most of the after-school meltdowns in our house were hunger in disguise. I now put a plate on the table before pickup: cut ' +
        'fruit, crackers and cheese, sometimes leftover pasta. They sit, eat and talk for fifteen minutes before anything else happens.',
    ],
  ],
  [
    '2. The same three jobs, every day',
    [
      'Shoes on the rack, lunchbox on the counter, reading folder on the table. We made a picture chart for Theo, who cannot read ' +
        'yet, and stuck it to the back door. It took about three weeks of reminders before they did it without being asked.',
    ],
  ],
  [
    '3. An activity basket instead of a screen',
    ['I keep a basket by the sofa with a rotating mix of things they can do on their own:'],
    [
      'Sticker books and a pad of drawing paper',
      'A tub of building bricks',
      'Audiobooks on an old phone with the internet switched off',
      'A deck of cards and a simple board game',
      'Play dough and cutters, which buys me at least half an hour',
    ],
    ['Every Sunday I swap two or three things out, so there is always something that feels new.'],
  ],
  [
    '4. Outside before dinner, whatever the weather',
    [
      'Even twenty minutes in the garden or a walk round the block changes the mood completely. We bought proper waterproof trousers ' +
        'for both of them in October and it was the best money I spent all year.',
    ],
  ],
  [
    '5. Screens have a time and place',
    [
      'Screens are not banned, they are scheduled. On Friday afternoons the children can watch one programme each, chosen together on ' +
        'Thursday night. Because they know when it is coming, they have stopped asking for it on the other days.',
    ],
  ],
  [
    'What I would tell another parent',
    [
      'Expect the first two weeks to be hard. There will be complaining and some boredom, and the boredom is the point. By week ' +
        'three, both of mine were inventing games I had never seen before.',
      'And go easy on yourself. Some days I am too tired and the basket stays untouched while they watch a film. The routine still ' + 'works the next day.',
    ],
  ],
];
export const nav = ['Parenting', 'Family Activities', 'Home & Organising', 'Printables', 'About'];
export const share = ['Share', 'Pin', 'Email'];
export const bio = 'Hannah is a former primary school teacher and mum of two who writes about simple routines, cheap activities and surviving the school run.';
export const related: [string, string][] = [
  ['20 Rainy Day Activities That Need Nothing but Paper', 'Family Activities'],
  ['How We Finally Fixed Bedtime', 'Parenting'],
  ['A Printable Morning Routine Chart for Little Ones', 'Printables'],
];
export const comments = [
  {
    name: 'Lucy',
    when: 'October 8, 2025 at 9:14 pm',
    text: 'The snack before anything else is so true. My son is a different child once he has eaten. Trying the basket this week!',
  },
  {
    name: 'Aisha Rahman',
    when: 'October 9, 2025 at 6:30 am',
    text: 'Did you get any pushback from the older one about friends having tablets after school?',
  },
  {
    name: 'Hannah',
    when: 'October 9, 2025 at 8:02 am',
    text: 'A little at first! Friday film afternoon helped a lot, because she had something to look forward to.',
  },
];
export const form = [
  'Leave a Comment',
  'Cancel Reply',
  'Your email address will not be published. Required fields are marked *',
  'Type here..',
  'Name*',
  'Email*',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
export const sidebar = [
  'Hi, I’m Hannah!',
  'Teacher turned mum of two, sharing the routines and activities that keep our house (mostly) calm.',
  'Read my story',
  'Popular Posts',
];
export const popular = [
  'The Only Packing List You Need for a Family Camping Trip',
  'How We Finally Fixed Bedtime',
  '20 Rainy Day Activities That Need Nothing but Paper',
];
export const popup = [
  'Want more calm afternoons?',
  'Get my free printable after-school routine chart and a weekly email with one simple idea.',
  'Send me the chart',
  'No thanks',
];
export const foot = ['Privacy Policy', 'Disclosures', 'Contact', 'Work With Me'];
