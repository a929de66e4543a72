import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 131, file e2: a Bear Blog post on the default theme (the site title as an h2 inside a link, the nav
 * paragraph, the post h1 inside the <content> element, the italic date, section h2s, the tag paragraph, the toast
 * (upvote) form with its count and the "Powered by Bear" footer).
 */
const brTitle = 'What the back of a seed packet doesn’t tell you';
const brP1 = [
  'I have grown vegetables from seed for fifteen years, and for most of that time I trusted the instructions on the back of the ' +
    'packet completely. Sow in March, thin to fifteen centimetres, harvest in ninety days. This spring I finally admitted that those ' +
    'instructions are written for a garden that is not mine.',
  'Here are the things I have learned to read between the lines.',
];
const brH1 = 'Sowing dates assume an average spring';
const brP2 = [
  'The dates on a packet are written for a middle-of-the-country garden in a middle-of-the-road year. My garden is on a ' +
    'north-facing slope at the top of a hill, and the soil here is usually two or three weeks behind. Now I ignore the month and go ' +
    'by soil temperature instead. A cheap soil thermometer was the best five pounds I have ever spent on the garden.',
];
const brH2 = 'Spacing is a suggestion';
const brP3 = [
  'The spacing on the packet is for the biggest possible plant. If you want smaller carrots or baby beetroot, you can sow much ' +
    'closer and thin less. I grow my lettuces at half the recommended distance and pick the outer leaves, and the bed stays ' +
    'productive for months.',
];
const brH3 = 'Days to harvest start later than you think';
const brP4 = [
  'I used to count days to harvest from sowing, and always felt let down. For most packets, the count starts from transplanting or ' +
    'from the seedlings coming up, not from the day the seed goes in. Add two or three weeks and you will be much closer.',
];
const brH4 = 'Nobody mentions the slugs';
const brP5 = [
  'No packet has ever warned me that my entire row of French beans would be eaten in one wet night. The practical advice I would ' +
    'add to every packet is to start tender seedlings in pots and plant them out when they are big enough to survive a nibble.',
  'None of this means the packets are wrong. They are a starting point written for everyone, and the only way to learn your own ' +
    'garden is to keep notes. I write the sowing date, the soil temperature and the result on the back of every empty packet and ' +
    'keep them in a shoebox. After a few years, that shoebox is worth more than any book.',
];
const brNav = ['Home', 'Now', 'Blog', 'Subscribe'];
const brHtml = `<!DOCTYPE html>
<html lang="en">

<head>
    <meta http-equiv="content-type" content="text/html; charset=utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="shortcut icon" href="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 100 100%22><text y=%22.9em%22
font-size=%2290%22>🌱</text></svg>">
    <title>What the back of a seed packet doesn’t tell you | Moss and Kettle</title>
    <meta name="slug" content="seed-packets">
    <link rel="alternate" type="application/atom+xml" title="Moss and Kettle" href="https://mossandkettle.bearblog.example/feed/">
    <meta name="description" content="I have grown vegetables from seed for fifteen years, and for most of that time I trusted the instructions on the back.">
    <meta property="og:title" content="${brTitle}">
    <meta property="og:site_name" content="Moss and Kettle">
    <meta property="og:type" content="article">
    <meta property="og:url" content="https://mossandkettle.bearblog.example/seed-packets/">
    <meta name="twitter:card" content="summary">
    <meta property="article:published_time" content="2025-07-14T08:31:00+00:00">
    <meta property="article:tag" content="gardening">
    <meta property="article:tag" content="seeds">
    <link rel="canonical" href="https://mossandkettle.bearblog.example/seed-packets/">
    <style>
        :root { --width: 720px; --font-main: Verdana, sans-serif; --font-secondary: Verdana, sans-serif; --font-scale: 1em;
            --background-color: #fff; --heading-color: #222; --text-color: #444; --link-color: #3273dc; }
        body { font-family: var(--font-secondary); font-size: var(--font-scale); margin: auto; padding: 20px; max-width: var(--width); }
        .title:hover { text-decoration: none; } .tags a { margin-right: 4px; } .upvote-button { padding: 0; margin: 0; border: 0; }
    </style>
</head>

<body class="post">
    <header>
        <a class="title" href="/">
            <h2>Moss and Kettle</h2>
        </a>
        <nav><p>
<a href="/">Home</a> <a href="/now/">Now</a> <a href="/blog/">Blog</a> <a href="/subscribe/">Subscribe</a>
</p>
</nav>
    </header>
    <main>

    <h1>${brTitle}</h1>
    <p>
        <i>
            <time datetime="2025-07-14T08:31Z">
                14 Jul, 2025
            </time>
        </i>
    </p>

    <content>
        ${brP1.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="sowing-dates-assume-an-average-spring">${brH1}</h2>
${brP2.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="spacing-is-a-suggestion">${brH2}</h2>
${brP3.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="days-to-harvest-start-later-than-you-think">${brH3}</h2>
${brP4.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="nobody-mentions-the-slugs">${brH4}</h2>
${brP5.map((t) => `<p>${t}</p>`).join('\n')}

    </content>
    <p class="tags">
            <a href="/blog/?q=gardening">#gardening</a>
            <a href="/blog/?q=seeds">#seeds</a>
    </p>

    <form id="upvote-form" action="/upvote/" method="post" style="display: inline">
        <small>
            <input hidden name="uid" value="Xq3vB8dLw2Kp0Rt7">
            <input hidden name="title" value="${brTitle}">
            <button class="upvote-button" title="Toast this post">
                <svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor"
stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="css-i6dzq1"><polyline points="17 11 12 6 7 11"></polyline>
<polyline points="17 18 12 13 7 18"></polyline></svg>
                <small class="upvote-count">27</small>
            </button>
        </small>
    </form>

    </main>
    <footer>
        <span>
            Powered by <a href="https://bearblog.example">Bear ʕ•ᴥ•ʔ</a>
        </span>
    </footer>

    <script>
        const upvoteForm = document.getElementById('upvote-form');
        if (upvoteForm) { upvoteForm.addEventListener('submit', function (e) { e.preventDefault(); upvoteForm.querySelector('button').disabled = true; }); }
    </script>
</body>

</html>`;
export const bearPost: TestPage = {
  name: 'heldout131-bearblog-blog',
  kind: 'blog',
  html: brHtml,
  // the site title is an h2 in the header link (furniture); the tag line and the toast count are furniture
  title: brTitle,
  headings: [brH1, brH2, brH3, brH4],
  body: texts([...brP1, ...brP2, ...brP3, ...brP4, ...brP5]),
  bylines: ['14 Jul, 2025'],
  furniture: ['Moss and Kettle', ...brNav, '#gardening', '#seeds', '27', 'Powered by Bear ʕ•ᴥ•ʔ'],
};
