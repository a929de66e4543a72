import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 65, file c2: a Mashable article on its Ziff Davis template (the header nav with search, the "Science"
 * kicker, headline and dek, the "By ... on <date>" byline line, the share buttons, the lead image with its "Credit:" line,
 * the body with two h2s, a tip list and the "Mashable Light Speed" newsletter box, the "Topics" chips, the author card,
 * "Recommended For You" and "Trending on Mashable", the consent banner and the footer with its trademark line).
 */
const msTitle = 'A comet that skimmed the sun could be visible before dawn next week. Here’s how to see it.';
const msDek = 'Comet Halvorsen survived a close pass of the sun. Now it’s brightening.';
const msBody1 = [
  'Early risers in the Northern Hemisphere may get a rare treat next week: a comet that passed closer to the sun than almost any ' +
    'in the past decade, and somehow survived.',
  'Comet Halvorsen, officially designated C/2025 R4, was discovered in September by amateur astronomer Kari Halvorsen from her ' +
    'backyard observatory in northern Norway. On Nov. 6, it swung just 1.4 million miles above the sun’s surface, close enough ' +
    'that many astronomers expected it to break apart.',
  'It didn’t. Images from a solar observatory spacecraft showed the comet emerging on the other side of the sun with its tail ' +
    'intact, and it has been brightening steadily since.',
];
const msH1 = 'When and where to look';
const msBody2 = [
  'The best viewing window runs from about Nov. 17 to Nov. 24, according to Dr. Tomasz Reyes, an astronomer at the Hollis ' +
    'Observatory in Arizona. Look low in the east-southeast sky about 45 minutes before sunrise.',
  '“You’ll want a clear, flat horizon — a beach, a field, the top floor of a parking garage,” Reyes told Mashable. “The comet ' +
    'will be sitting in the glow of dawn, so every degree above the horizon matters.”',
  'A few tips to improve your chances:',
];
const msTips = [
  '<strong>Use binoculars.</strong> The comet may be visible to the naked eye from dark locations, but binoculars will make the tail ' + 'much easier to spot.',
  '<strong>Let your eyes adjust.</strong> Give yourself at least 15 minutes away from bright lights, including your phone screen.',
  '<strong>Try a long exposure.</strong> Even a phone camera on a tripod, set to night mode, can pick up a faint tail the eye misses.',
];
const msH2 = 'Will it survive?';
const msBody3 = [
  'Sungrazing comets are notoriously unpredictable. The intense heat near the sun can crack a comet’s icy nucleus, and some ' +
    'break apart days or even weeks after their closest approach.',
  'That is what happened in 2013 to Comet ISON, once hyped as a “comet of the century,” which fell apart near the sun before ' +
    'most people got a look at it.',
  '“I’d go out on the first clear morning rather than waiting for the ‘best’ night,” Reyes said. “With a comet like this, there ' +
    'may not be a second chance.”',
];
const msNav = ['Tech', 'Science', 'Life', 'Social Good', 'Entertainment', 'Deals', 'Shopping', 'Games'];
const msShare = ['Share on Facebook', 'Share on Twitter', 'Share on Flipboard'];
const msLight = [
  'Mashable Light Speed',
  'Want more out-of-this world tech, space and science stories? Sign up for Mashable’s weekly Light Speed newsletter.',
  'By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.',
  'Thanks for signing up!',
];
const msTopics = ['NASA', 'Space'];
const msBio =
  'Elisa Ward is a science reporter at Mashable, covering space, astronomy and the occasional meteor shower. She previously ' +
  'wrote for a regional newspaper in Colorado.';
const msRecommended = [
  'The Leonid meteor shower peaks this weekend. Here’s when to watch.',
  'How to photograph the night sky with your phone',
  'NASA’s newest space telescope just sent back its first images',
];
const msTrending = ['Wordle today: Answer, hints for November 12', 'NYT Connections hints and answers for November 12', 'The best Black Friday TV deals'];
const msFoot = [
  'About Mashable',
  'Contact Us',
  'We’re Hiring',
  'Newsletters',
  'Sitemap',
  'Advertise',
  'Accessibility Statement',
  'Terms of Use',
  'Privacy Policy',
  'Personalization Choices',
];
const msCap = 'Comet Halvorsen photographed from the Canary Islands on Nov. 9, 2025.';
const msCredit = 'Credit: Luis Moreno / Teide Sky Project';
const msHtml = `<!DOCTYPE html>
<html lang="en" class="font-sans"><head><meta charset="utf-8"><title>${msTitle} | Mashable</title>
<meta name="description" content="${msDek}"><link rel="canonical" href="https://mashable.com/article/comet-halvorsen-how-to-see">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${msTitle}","datePublished":"2025-11-12T14:05:00Z",
"author":[{"@type":"Person","name":"Elisa Ward","url":"https://mashable.com/author/elisa-ward"}],"publisher":{"@type":"Organization",
"name":"Mashable"}}</script>
<script>window.mashable = {"pageType":"article","channel":"science","vertical":"space","zdEnv":"production"};</script>
<style>.editor-content p{margin-bottom:1.25rem}.newsletter-light-speed{background:#0a0f2c}</style></head>
<body class="bg-white text-black"><div id="__nuxt"><header class="w-full bg-primary-400 sticky top-0 z-40" x-data="{ open: false }">
<div class="flex items-center justify-between max-w-8xl mx-auto px-4"><a href="/" class="block w-32" aria-label="Mashable"><svg aria-hidden="true"></svg></a>
<nav class="hidden lg:flex" aria-label="Primary"><ul class="flex gap-6">${links(msNav, 'header-100 uppercase')}</ul></nav>
<button class="p-2" aria-label="Search" @click="open = !open"><svg aria-hidden="true"></svg></button></div></header>
<main class="max-w-8xl mx-auto px-4"><article class="mt-8" data-ga-module="content_body">
<header class="max-w-4xl"><a class="font-bold uppercase text-primary-400 tracking-wide" href="/category/science">Science</a>
<h1 class="header-100 max-w-5xl mt-2">${msTitle}</h1><div class="mt-4 text-lg font-serif max-w-3xl">${msDek}</div>
<div class="flex flex-wrap items-center mt-4 text-sm"><span>By&nbsp;<a class="underline-link font-semibold" href="/author/elisa-ward">Elisa Ward</a></span>
<span>&nbsp;on&nbsp;</span><time datetime="Wed, 12 Nov 2025 14:05:00 +0000">November 12, 2025</time></div>
<div class="flex gap-2 mt-2" data-ga-module="social_share">${msShare
  .map(
    (t) => `<a href="#" class="share-btn" aria-label="${t}">
<span class="sr-only">${t}</span></a>`,
  )
  .join('')}</div>
</header>
<figure class="mt-6"><img src="https://helios-i.mashable.com/imagery/articles/comet-halvorsen/hero-image.fill.size_1248x702.jpg" alt="A comet with a long tail"
 width="1248" height="702" fetchpriority="high"><figcaption class="mt-2 text-sm text-gray-600"><span>${msCap}</span>
<span class="block text-xs mt-1">${msCredit}</span></figcaption></figure>
<section class="editor-content font-serif text-lg mt-8 max-w-3xl" data-article-body="">
${msBody1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="newsletter-light-speed my-8 p-6 text-white" data-ga-module="newsletter_inline"><p class="font-bold text-2xl">${msLight[0]}</p>
<p>${msLight[1]}</p><form><input type="email" placeholder="Your Email" aria-label="Your Email"><button type="submit">Sign Me Up</button></form>
<p class="text-xs">${msLight[2]}</p><p class="hidden text-sm" data-success="">${msLight[3]}</p></div>
<h2>${msH1}</h2>
${msBody2.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${msTips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="ad-container my-8"><span class="text-xs uppercase">Advertisement</span><div id="mid-article-1"></div></div>
<h2>${msH2}</h2>
${msBody3.map((p) => `<p>${p}</p>`).join('\n')}
</section>
<div class="mt-8 flex flex-wrap gap-2">
<span class="font-bold uppercase text-sm">Topics</span>${msTopics.map((t) => `<a class="chip" href="/category/${t.toLowerCase()}">${t}</a>`).join('')}</div>
<section class="author-card mt-10 flex gap-4 border-t pt-6"><img src="https://helios-i.mashable.com/imagery/authors/elisa-ward.jpg" alt="Elisa Ward" width="80"
 height="80"><div><a href="/author/elisa-ward" class="font-bold">Elisa Ward</a><p class="text-sm">${msBio}</p></div></section>
</article>
<section class="mt-12" data-ga-module="recommended"><h2 class="header-200">Recommended For You</h2><ul>${links(msRecommended, 'mt-4')}</ul></section>
<section class="mt-12" data-ga-module="trending"><h2 class="header-200">Trending on Mashable</h2><ul>${links(msTrending, 'mt-4')}</ul></section></main>
<footer class="bg-black text-white mt-16 py-10"><ul class="flex flex-wrap gap-4">${links(msFoot, 'text-sm')}</ul>
<p class="text-xs mt-4">Mashable is a registered trademark of Ziff Davis and may not be used by third parties without express written permission.</p>
<p class="text-xs">©2005–2025 Mashable, Inc., a Ziff Davis company. All Rights Reserved.</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>This website uses cookies to enhance user experience and to analyze
 performance and traffic on our website.</p><button>Do Not Sell or Share My Personal Information</button><button>Accept Cookies</button></div>
</div><script>window.__NUXT__={"config":{"public":{"site":"mashable"}}};</script>
</body></html>`;
export const mashableArticle: TestPage = {
  html: msHtml,
  name: 'heldout65-mashable-article',
  kind: 'news',
  // the dek is body; the two h2s are the headings and the three tips (bold lead-in and all) are body list items. Bylines:
  // the author's name (byline and author card, once), the date and the author card's bio ("By" and "on" in neither).
  // Furniture: the "Science" kicker (also a nav item: once), the share buttons, the caption and its "Credit:" line, the
  // "Mashable Light Speed" box with its lines and button, the ad label, "Topics" and its chips, "Recommended For You",
  // "Trending on Mashable", the consent banner, nav and footer. No short furniture word occurs in the body ("Space",
  // "Life", "Tech" and "Games" do not), so none is left out
  title: msTitle,
  headings: [msH1, msH2],
  body: [msDek, ...texts(msBody1), ...texts(msBody2), ...texts(msTips), ...texts(msBody3)],
  bylines: ['Elisa Ward', 'November 12, 2025', msBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...msNav, ...msShare, msCap, msCredit, ...msLight, 'Sign Me Up', 'Advertisement', 'Topics', ...msTopics, 'Recommended For You',
    ...msRecommended, 'Trending on Mashable', ...msTrending, ...msFoot,
    'Mashable is a registered trademark of Ziff Davis and may not be used by third parties without express written permission.',
    '©2005–2025 Mashable, Inc., a Ziff Davis company. All Rights Reserved.',
    'This website uses cookies to enhance user experience and to analyze performance and traffic on our website.',
    'Do Not Sell or Share My Personal Information', 'Accept Cookies',
  ],
};
