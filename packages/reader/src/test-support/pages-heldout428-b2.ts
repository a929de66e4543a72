import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout428-kit.js';

/**
 * Held-out batch 428, file b2: an Urban Dictionary-style entry (Tailwind classes; top bar with the A-Z browse strip,
 * three definitions with meaning, example, contributor and date, thumbs up / down counts, flag and share buttons, a mug
 * promo under the first, "Word of the Day" and trending rail, footer). The definitions are posts: meaning and example
 * are body, contributor names and dates bylines.
 */
const uTitle = 'desk goblin';
const defs: { meaning: string[]; example: string[]; by: string; date: string; up: string; down: string }[] = [
  {
    meaning: [
      j(
        'A coworker who never seems to leave their desk, eats every meal there, and somehow knows everything that happens in',
        'the office without ever being seen in a meeting. Usually harmless. Often the only person who knows where the spare',
        'printer toner is kept.',
      ),
      j(
        'Desk goblins can be identified by a drawer full of sauce packets, a cardigan that lives on the back of the chair all year,',
        'and a second monitor covered in sticky notes that nobody else can read.',
      ),
    ],
    example: [
      j(
        '"Who fixed the shared calendar?" "Probably Marguerite. She\'s been the floor\'s',
        '<a href="/define?term=desk%20goblin">desk goblin</a> since before the move."',
      ),
    ],
    by: 'tinfoil_oriole',
    date: 'January 14, 2026',
    up: '2841',
    down: '312',
  },
  {
    meaning: [
      j(
        'The small, inexplicable force that hides pens, chargers and lanyards the moment you put them down. Blamed for every',
        'missing item in a shared workspace, especially on Monday mornings.',
      ),
    ],
    example: [
      'I left my badge right here five minutes ago. The desk goblin has struck again.',
      'Hot-desking just means the desk goblin gets a bigger territory.',
    ],
    by: 'pellucid_ferret',
    date: 'March 3, 2026',
    up: '967',
    down: '108',
  },
  {
    meaning: [
      j(
        'A remote worker who has not left their home office for so long that their video background has become a running joke',
        'on every call. Distinct from a hermit because the desk goblin is still extremely online and replies within seconds.',
      ),
    ],
    example: ['Ten a.m. standup, and the desk goblin is already on his third energy drink and fourth open spreadsheet.'],
    by: 'quenby.h',
    date: 'February 9, 2026',
    up: '204',
    down: '161',
  },
];
const uTrend = ['cart ghosting', 'rizzless', 'brunch math', 'soft launch', 'group chat lawyer'];
const uFoot = ['Terms of Service', 'Privacy', 'Content Policy', 'Report Bug', 'Advertise', 'Technical Support', 'Careers', 'Help'];
const def = (d: (typeof defs)[number], i: number): string => `<div class="definition bg-white mb-4 shadow-light"><div class="p-5 md:p-8">
<div class="flex items-start"><${i === 0 ? 'h1' : 'h2'} class="flex-1"><a class="word text-denim font-bold font-serif dark:text-fluorescent break-all text-3xl
md:text-[2.75rem]"
href="/define?term=desk%20goblin">desk goblin</a></${i === 0 ? 'h1' : 'h2'}>
<div class="flex gap-2"><button class="share-button" aria-label="Share on Facebook"></button><button class="share-button" aria-label="Share on
X"></button></div></div>
<div class="break-words meaning mb-4">${d.meaning.map((m) => `<p>${m}</p>`).join('\n')}</div>
<div class="break-words example italic mb-4">${d.example.map((m) => `<p>${m}</p>`).join('\n')}</div>
<div class="contributor font-bold">by <a class="text-denim dark:text-fluorescent" href="/author.php?author=${d.by}">${d.by}</a>
<span class="font-normal">${d.date}</span></div>
<div class="mt-4 flex items-center justify-between"><div class="flex items-center"><button class="up-vote" data-direction="up" aria-label="Vote Up">
<span class="text-xs font-bold ml-2">${d.up}</span></button><button class="down-vote" data-direction="down" aria-label="Vote Down">
<span class="text-xs font-bold ml-2">${d.down}</span></button></div><button class="flag-button text-xs">Flag</button></div></div>
${i === 0 ? '<div class="mug-ad border-t p-4"><a href="/products/mug?word=desk%20goblin">Get the desk goblin mug.</a></div>' : ''}</div>`;
const uHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Urban Dictionary: desk goblin</title>
<meta name="description" content="A coworker who never seems to leave their desk, eats every meal there, and somehow knows everything that happens in the
office.">
<meta property="og:title" content="Urban Dictionary: desk goblin"><meta property="og:site_name" content="Urban Dictionary">
<link rel="canonical" href="https://www.urbandictionary.example/define.php?term=desk%20goblin"><link rel="stylesheet" href="/assets2/tailwind-4b09e1.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DefinedTermSet","name":"desk goblin","hasDefinedTerm":[{"@type":"DefinedTerm",
"name":"desk goblin","description":"A coworker who never seems to leave their desk"}]}</script>
<script>window.googletag=window.googletag||{cmd:[]};window.udAds={"slots":["UD_ROS_728x90","UD_ROS_300x250"],"term":"desk goblin"};</script></head>
<body class="bg-denim dark:bg-dark"><header class="bg-denim text-white"><div class="container mx-auto flex items-center justify-between p-3">
<a href="/" class="logo"><img src="/logo.svg" alt="Urban Dictionary logo" width="200" height="33"></a>
<form action="/define.php" class="flex-1 mx-4"><input type="text" name="term" class="w-full rounded-full" placeholder="Type any word..."
aria-label="Search"></form>
<nav class="flex gap-4"><a href="/random.php">Random</a><a href="/add.php">Add a definition</a><a href="/store">Store</a><a href="/blog">Blog</a></nav></div>
<div class="browse-strip hidden md:flex justify-center gap-2 text-sm">${['A', 'B', 'C', 'D', 'E', 'F', 'G', 'new']
  .map(
    (l) => `<a
href="/browse.php?character=${l}">${l}</a>`,
  )
  .join(' ')}</div>
</header>
<div class="container mx-auto flex flex-col md:flex-row gap-4"><main class="flex-1"><div class="ad-slot text-center text-xs">Advertisement</div>
${defs.map(def).join('\n')}
<div class="pagination text-center"><a href="/define.php?term=desk%20goblin&amp;page=2">Next ›</a></div></main>
<aside class="md:w-1/3"><div class="bg-white p-5 mb-4"><h3 class="font-bold">Word of the Day</h3><a href="/define.php?term=porch%20pirate%20patrol">porch
pirate patrol</a>
<p class="text-sm">The neighbours who watch the street for parcel thieves with more dedication than any security company.</p></div>
<div class="bg-white p-5"><h3 class="font-bold">Trending</h3><ul>${links(uTrend)}</ul></div>
<div class="bg-white p-5 mt-4"><p class="font-bold">Get the Urban Dictionary newsletter</p><p class="text-sm">The word of the day, every day, in your inbox.</p>
<form><input type="email" placeholder="Email address" aria-label="Email address"><button type="submit">Subscribe</button></form></div></aside></div>
<footer class="text-white text-sm p-6"><ul class="flex flex-wrap gap-4">${links(uFoot)}</ul><p>© 1999-2026 Urban Dictionary ®</p></footer>
<script src="/assets2/application-9a7c22.js" async></script></body></html>`;
export const streetlex: TestPage = {
  name: 'heldout428-urban-dictionary-entry',
  kind: 'forum',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts(defs.flatMap((d) => [...d.meaning, ...d.example])),
  bylines: defs.flatMap((d) => [d.by, d.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Random', 'Add a definition', 'Store', 'Blog', 'new', 'Advertisement', ...defs.flatMap((d) => [d.up, d.down]), 'Flag', 'Get the desk goblin mug.',
    'Next ›', 'Word of the Day', 'porch pirate patrol',
    'The neighbours who watch the street for parcel thieves with more dedication than any security company.',
    'Trending', ...uTrend, 'Get the Urban Dictionary newsletter', 'The word of the day, every day, in your inbox.', 'Subscribe', ...uFoot,
    '© 1999-2026 Urban Dictionary ®',
  ],
};
