import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 29, file d2: a TIME magazine story (Next.js markup with utility-class names and data-testid attributes: the
 * header with "Subscribe" and "Sign in", section nav, the section label, headline and an h2 dek, "by" byline and date, the
 * share row, the lead photograph with caption and "Photograph by ... for TIME" credit, body paragraphs with "Read More:"
 * link lines and an ad between them, the "Write to" line and "Contact us at" line, "More Must-Reads from TIME", the
 * newsletter box, the affiliate notice, the privacy dialog and the footer).
 */
const tmTitle = 'The Colorado Town That Turned Its Golf Course Into a Firebreak';
const tmDek =
  'After a wildfire stopped at the edge of its fairways, Piñon Springs rebuilt the whole western side of town around a strip of ' + 'green that will not burn.';
const tmBody1 = [
  'On a windy afternoon in June 2023, the Ridgeback Fire came over the hill west of Piñon Springs, Colo., and stopped at the ' +
    'edge of the town’s nine-hole golf course.',
  'Firefighters later said the course had done something no one designed it to do. Its watered fairways, a strip of green about ' +
    'a quarter mile wide, would not burn, and the crews used it as a line to hold the fire until the wind dropped.',
  'Two years later, the course is gone, at least as a course. In its place is what the town calls the Greenbelt: 68 acres of ' +
    'irrigated meadow, orchard and pasture that wrap around the western edge of town, grazed by a rented herd of 200 goats and ' +
    'crossed by a walking trail where the cart paths used to be.',
  '“We didn’t need more golf. We needed that strip of green to go all the way around,” says Marguerite Olander, the town ' +
    'manager, who led the project. “The fire showed us exactly where the line should be.”',
];
const tmBody2 = [
  'The idea is not new. Fire scientists have long argued that irrigated land, from vineyards to parks, can slow a grass or brush ' +
    'fire and give firefighters a place to work. What is unusual is a small town deciding to plan its edge around the idea, and ' +
    'paying for it.',
  'Piñon Springs, population 4,100, raised most of the $2.8 million cost through a bond measure that passed with 71% of the vote ' +
    'in 2024, adding a state grant for wildfire mitigation. The water comes from the town’s own rights on Cutler Creek, which once ' +
    'went to the golf course. The Greenbelt uses about a fifth less, because meadow grass needs less water than a putting green.',
  'Not everyone was happy. The golf club had 240 members, some of whom had played the course for decades, and a petition to save ' +
    'it drew more than 900 signatures. Dale Hennig, a retired contractor who led the petition, says the town moved too fast. ' +
    '“They could have kept the golf and added the goats,” he says. “Instead we lost the one place in town where we all met on a ' +
    'Saturday morning.”',
  'Others see it differently. Insurance premiums in Piñon Springs had tripled since 2020, and two insurers stopped writing ' +
    'policies in the town altogether. Since the Greenbelt opened, Olander says, one of them has come back, and a state program ' +
    'now rates the western edge of town as a lower-risk zone.',
  'Fire researchers caution that a green buffer is no guarantee. In a wind-driven fire, embers can fly a mile or more and set ' +
    'homes alight well inside the line. “It buys time. It doesn’t buy immunity,” says Priya Ramaswamy, a fire ecologist who has ' +
    'studied the site. “But time is what firefighters need most.”',
  'On a recent morning, the goats were working their way through a stand of cheatgrass near the old seventh green, and a man ' +
    'with a golf umbrella was walking his dog along the trail. Olander says the town is already talking with the county about ' +
    'carrying the line south along the highway.',
];
const tmReadMore = ['Read More: Why Insurers Are Leaving the Wildland-Urban Interface', 'Read More: The Goats Fighting Fires in California'];
const tmNav = ['U.S.', 'Politics', 'World', 'Health', 'Climate', 'Business', 'Tech', 'Entertainment', 'Ideas', 'Science', 'History', 'Sports'];
const tmCaption = 'Goats graze on the former seventh fairway in Piñon Springs, Colo., now part of the town’s Greenbelt, on Oct. 14.';
const tmMust = [
  'The Families Rebuilding After the Texas Floods',
  'Inside the Race to Build a Better Heat Pump',
  'How Much Screen Time Is Too Much for a Toddler?',
  'The 100 Most Influential Climate Leaders of 2025',
];
const tmFoot = [
  'About Us',
  'Press Room',
  'Careers',
  'Masthead',
  'Contact Us',
  'Customer Care',
  'Reprints and Permissions',
  'Site Map',
  'Media Kit',
  'Privacy Policy',
  'Terms of Use',
  'Do Not Sell or Share My Personal Information',
];
const tmP = (t: string): string => `<p class="self-baseline px-0 font-pt-serif text-[1.125rem] leading-[1.7]">${t}</p>`;
const tmRead = (t: string): string =>
  `<p class="self-baseline px-0 font-pt-serif text-[1.125rem] leading-[1.7]"><strong>Read More:</strong> <a href="/7330${t.length}/">${t.slice(11)}</a></p>`;
const tmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${tmTitle} | TIME</title><meta name="description" content="${tmDek}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tmTitle}","datePublished":"2025-11-20T12:00:00Z",
"author":[{"@type":"Person","name":"Julianne Varga"}],"publisher":{"@type":"Organization","name":"TIME"}}</script>
<link rel="stylesheet" href="/_next/static/css/8d2c41f0a7.css"></head>
<body class="antialiased"><div id="__next">
<header class="sticky top-0 z-50 bg-white" data-testid="site-header"><div class="mx-auto flex max-w-screen-xl items-center justify-between px-4">
<button class="p-2" aria-label="Menu"><svg aria-hidden="true"></svg></button>
<a href="/" class="text-time-red" aria-label="TIME"><svg aria-hidden="true"></svg></a>
<div class="flex gap-3"><a class="rounded bg-time-red px-3 py-1 text-white" href="/subscribe-header-time/">Subscribe</a>
<a class="text-sm" href="/account/">Sign in</a></div></div>
<nav class="hidden border-t lg:block" aria-label="Sections"><ul class="flex gap-4 text-sm uppercase">${links(tmNav, 'whitespace-nowrap')}</ul></nav></header>
<main class="mx-auto max-w-screen-lg"><article class="article" data-testid="article">
<div class="mb-6 mt-8" data-testid="article-header">
<a class="font-sans text-xs font-bold uppercase tracking-widest text-time-red" href="/section/climate/">Climate</a>
<h1 class="mt-2 font-zilla-slab text-4xl font-semibold leading-tight md:text-5xl">${tmTitle}</h1>
<h2 class="mt-3 font-pt-serif text-xl text-gray-700">${tmDek}</h2>
<div class="mt-4 flex flex-col gap-1 font-sans text-sm" data-testid="byline"><div class="flex gap-1"><span>by</span>
<a class="font-bold" href="/author/julianne-varga/">Julianne Varga</a></div>
<time class="text-gray-500" datetime="2025-11-20T12:00:00Z">November 20, 2025 7:00 AM ET</time></div>
<div class="mt-4 flex gap-2" data-testid="share-bar"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button>
<button aria-label="Share by email">Email</button><button class="copy-link">Copy link</button></div></div>
<figure class="my-6" data-testid="lead-image"><img src="https://api.time.example/wp-content/uploads/2025/11/pinon-springs-goats.jpg?quality=85&amp;w=1800"
alt="Goats grazing on a green meadow at the edge of a town" width="1800" height="1200">
<figcaption class="mt-2 font-sans text-xs text-gray-600">${tmCaption} <span class="credit">Photograph by Ben Alvarado for TIME</span></figcaption></figure>
<div id="article-body-main" class="flex flex-col" data-testid="article-body">
${tmBody1.map(tmP).join('\n')}
${tmRead(tmReadMore[0]!)}
<div class="my-8 flex justify-center" data-testid="ad-unit"><span class="text-[10px] uppercase text-gray-400">Advertisement</span></div>
${tmBody2.slice(0, 3).map(tmP).join('\n')}
${tmRead(tmReadMore[1]!)}
${tmBody2.slice(3).map(tmP).join('\n')}
</div>
<p class="mt-6 font-sans text-sm italic" data-testid="author-contact">Write to Julianne Varga at julianne.varga@time.example</p>
<p class="mt-2 font-sans text-sm" data-testid="letters">Contact us at letters@time.example.</p></article>
<section class="my-10 border-t pt-6" data-testid="must-reads"><h2 class="font-zilla-slab text-2xl">More Must-Reads from TIME</h2>
<ul class="mt-3 list-disc pl-5">${links(tmMust, 'py-1')}</ul></section>
<section class="my-8 bg-gray-100 p-6" data-testid="newsletter"><h3 class="font-bold">Sign up for TIME’s climate newsletter</h3>
<p>What the changing climate means for you, in your inbox every week.</p><input type="email" placeholder="Email address"><button>Sign Up</button></section>
<p class="my-6 font-sans text-xs text-gray-500">TIME may receive compensation for some links to products and services on this site. Offers may change
without notice.</p></main>
<footer class="bg-black text-white" data-testid="site-footer"><ul class="grid grid-cols-2 gap-2 md:grid-cols-4">${links(tmFoot)}</ul>
<p class="mt-4 text-xs">© 2025 TIME USA, LLC. All Rights Reserved. Use of this site means you accept our Terms of Service and Privacy Policy.</p></footer>
<div id="privacy-dialog" role="dialog" aria-modal="false" class="fixed bottom-0"><p>We use cookies and similar tools to run the site and show you
ads. You can change your choices at any time.</p><button>Accept All</button><button>Reject All</button><button>Manage Settings</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"postId":7331842}},"page":"/[...slug]","buildId":"time-2025-11-18"}</script>
</body></html>`;
export const time: TestPage = {
  html: tmHtml,
  name: 'heldout29-time-story',
  kind: 'news',
  // the h2 dek under the headline is body, not a heading; the story has no section headings; "Julianne Varga", the date and the
  // "Write to ... at" line after the story (an author line) are bylines ("by" in neither); the "Read More:" link lines between the
  // paragraphs are the site's links, not the story: furniture, as are "Contact us at ...", the section label, share row, the lead
  // caption and its credit, the ad label, "More Must-Reads from TIME", the newsletter box, the affiliate notice, privacy dialog,
  // header, nav and footer ("Climate", nav and section label, listed once)
  title: tmTitle,
  headings: [],
  body: [tmDek, ...texts(tmBody1), ...texts(tmBody2)],
  bylines: ['Julianne Varga', 'November 20, 2025 7:00 AM ET', 'Write to Julianne Varga at julianne.varga@time.example'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Sign in', ...tmNav, 'Facebook', 'X', 'Email', 'Copy link', tmCaption, 'Photograph by Ben Alvarado for TIME', ...tmReadMore,
    'Advertisement', 'Contact us at letters@time.example.', 'More Must-Reads from TIME', ...tmMust, 'Sign up for TIME’s climate newsletter',
    'What the changing climate means for you, in your inbox every week.', 'Sign Up',
    'TIME may receive compensation for some links to products and services on this site. Offers may change without notice.', ...tmFoot,
    '© 2025 TIME USA, LLC. All Rights Reserved. Use of this site means you accept our Terms of Service and Privacy Policy.',
    'We use cookies and similar tools to run the site and show you ads. You can change your choices at any time.', 'Accept All', 'Reject All',
    'Manage Settings',
  ],
};
