import { type TestPage, texts } from './page-kit.js';
import { bfFooter, bfHeader, svg } from './pages-heldout37-b2.js';
import { astroPost } from './pages-heldout37-b3.js';

/**
 * Held-out batch 37, file b: a night-sky blog post on Hugo with the Blowfish theme (skip link, the blurred fixed menu with the
 * mobile copy of the nav, the hero background, the hidden-first breadcrumb, date, word count, reading time and the views
 * placeholder, category and tag badges, the author box, the two TOC copies, an alert shortcode, a figure with caption, the share
 * buttons, the author box again, previous/next links, "Related" cards, the footer, the search modal and the scroll-to-top link).
 */
const bfTitle = 'A Year of Sky Quality Readings from the Edge of Town';
const bfP1 = [
  'Last March I bolted a sky quality meter to the chimney and set it to take a reading every five minutes between dusk and dawn. ' +
    'Twelve months and a little over 38,000 readings later, I finally have an answer to the question that started it: is the sky over ' +
    'our end of town really getting brighter, or does it just feel that way?',
];
const bfH1 = 'The setup';
const bfP2 = [
  'The meter is a small unit with a narrow lens that points straight up and reports brightness in magnitudes per square arcsecond, ' +
    'where a higher number means a darker sky. A reading of 21.5 is a decent rural sky; the middle of a city might manage 17. Mine ' +
    'sends its readings over the house network to a Raspberry Pi, which writes them to a <code>SQLite</code> file and does nothing else.',
];
const bfAlert =
  'Sky quality readings only mean something on clear, moonless nights. I threw away every reading taken with the Moon above the ' +
  'horizon or with cloud cover above 20 per cent, which left 61 usable nights out of 365.';
const bfH2 = 'What the numbers show';
const bfP3 = [
  'On the best nights the sky here reaches 20.4, which is darker than I expected for somewhere with a supermarket car park a ' +
    'kilometre away. But the median across all usable nights fell from 20.1 in the spring to 19.7 by the winter, and a difference of ' +
    '0.4 is not small: it means the sky was roughly 45 per cent brighter.',
  'Some of that is seasonal. Winter air carries more moisture and dust, which scatters light back down, and the nights are long ' +
    'enough to include the busy early evening hours. But when I compared only the hours after midnight, the drop was still there.',
];
const bfCaption = 'Median reading by month, after removing cloudy and moonlit nights.';
const bfH3 = 'The car park';
const bfP4 = [
  'The change lines up neatly with one event. In September the supermarket replaced its car park lighting with new LED units. They ' +
    'are brighter, whiter and, judging by the view from the hill, aimed a little further above the horizontal than the old sodium ' +
    'lamps they replaced.',
  'I wrote to the store and to the council’s planning team with a summary and a chart. The council replied within a week to say that ' +
    'the lighting was within its permitted limits, and that it would ask the operator to check the angle of the heads.',
];
const bfH4 = 'What comes next';
const bfList = [
  'Keep the meter running for a second year, so the seasonal effect can be separated properly.',
  'Add a second meter on the far side of the village for comparison.',
  'Publish the raw readings as a CSV file every month, so anyone can check my sums.',
];
const bfP5 = [
  'If you live nearby and have a south-facing roof, I would love to hear from you. Two meters are better than one, and three would ' + 'be better still.',
];
const bfNav = ['Posts', 'Data', 'Equipment', 'Contact'];
const bfBadges = ['Observing', 'Light Pollution', 'Citizen Science'];
const bfBio = 'Amateur astronomer, reluctant data wrangler, and the person who keeps asking the council about streetlights.';
const bfToc: [string, string][] = [
  ['the-setup', bfH1],
  ['what-the-numbers-show', bfH2],
  ['the-car-park', bfH3],
  ['what-comes-next', bfH4],
];
const bfRelated: [string, string, string][] = [
  ['Building a Dew Heater for Under Ten Pounds', '2 February 2025', '4 mins'],
  ['Counting Satellites in a Single Exposure', '9 December 2024', '6 mins'],
  ['The Perseids from a Rooftop in August', '18 August 2024', '5 mins'],
];
const bfTocSub = `\n      <ul>\n        <li><a href="#the-car-park">${bfH3}</a></li>\n      </ul>`;
const tocNav = `<nav id="TableOfContents">
  <ul>
${bfToc
  .map(([id, t]) => `    <li><a href="#${id}">${t}</a>${id === 'what-the-numbers-show' ? bfTocSub : ''}</li>`)
  .filter((_, i) => i !== 2)
  .join('\n')}
  </ul>
</nav>`;
const hd = (tag: string, id: string, t: string): string =>
  `<${tag} class="relative group">${t} <div id="${id}" class="anchor"></div> <span class="absolute top-0 w-6 transition-opacity opacity-0 ` +
  `ltr:-left-6 rtl:-right-6 not-prose group-hover:opacity-100"> <a class="group-hover:text-primary-300 dark:group-hover:text-neutral-700" ` +
  `style="text-decoration-line: none !important;" href="#${id}" aria-label="Anchor">#</a> </span></${tag}>`;
const author = `<div class="flex author">
  <img class="!mt-0 !mb-0 h-24 w-24 rounded-full ltr:mr-4 rtl:ml-4" width="96" height="96" alt="Imogen Tallis" src="/img/imogen_hu3f2a.jpg">
  <div class="place-self-center">
    <div class="text-[0.6rem] uppercase leading-3 text-neutral-500 dark:text-neutral-400">
      Author
    </div>
    <div class="font-semibold leading-6 text-neutral-800 dark:text-neutral-300">
      Imogen Tallis
    </div>
    <div class="text-sm text-neutral-700 dark:text-neutral-400">${bfBio}</div>
    <div class="text-2xl sm:text-lg"><div class="flex flex-wrap text-neutral-400 dark:text-neutral-500">
      <a class="px-1 hover:text-primary-700 dark:hover:text-primary-400" href="https://mastodon.example/@itallis" target="_blank" \
aria-label="Mastodon" rel="me noopener noreferrer">${svg}</a>
      <a class="px-1 hover:text-primary-700 dark:hover:text-primary-400" href="https://github.com/itallis" target="_blank" \
aria-label="Github" rel="me noopener noreferrer">${svg}</a>
    </div></div>
  </div>
</div>`;
const bfHtml = `${bfHeader(bfTitle, bfNav)}
  <div class="relative flex flex-col grow">
    <main id="main-content" class="grow">
<article>
  <div id="hero" class="h-[150px] md:h-[200px]"></div>
  <div class="fixed inset-x-0 top-0 h-[800px] single_hero_background nozoom"
    style="background-image:url(/posts/sky-quality-year/featured_hu5c6d1e.jpg);">
    <div class="absolute inset-0 bg-gradient-to-t from-neutral dark:from-neutral-800 to-transparent mix-blend-normal"></div>
  </div>
  <header id="single_header" class="mt-5 max-w-prose">
<ol class="text-sm text-neutral-500 dark:text-neutral-400 print:hidden">
  <li class="inline hidden">
    <a class="hover:underline decoration-neutral-300 dark:underline-neutral-600" href="/">Darker Skies Notebook</a><span class="px-1 text-primary-500">/</span>
  </li>
  <li class="inline ">
    <a class="hover:underline decoration-neutral-300 dark:underline-neutral-600" href="/posts/">Posts</a><span class="px-1 text-primary-500">/</span>
  </li>
  <li class="inline hidden">
    <a class="hover:underline decoration-neutral-300 dark:underline-neutral-600" href="/posts/sky-quality-year/">${bfTitle}</a><span class="px-1 \
text-primary-500">/</span>
  </li>
</ol>
    <h1 class="mt-0 text-4xl font-extrabold text-neutral-900 dark:text-neutral">
      ${bfTitle}
    </h1>
    <div class="mt-1 mb-6 text-base text-neutral-500 dark:text-neutral-400 print:hidden">
<div class="flex flex-row flex-wrap items-center">
  <time datetime="2025-03-14T00:00:00&#43;00:00">14 March 2025</time><span class="px-2 text-primary-500">&middot;</span><span>1030 words</span><span \
class="px-2 text-primary-500">&middot;</span><span title="Reading time">5 mins</span><span class="px-2 text-primary-500">&middot;</span>
<span>
    <span id="views_posts/sky-quality-year/index.md" class="animate-pulse inline-block text-transparent max-h-3 rounded-full mt-[-2px] align-middle \
bg-neutral-300 dark:bg-neutral-400" title="views">loading</span>
    <span class="inline-block align-text-bottom">${svg}</span>
</span>
</div>
<div class="flex flex-row flex-wrap items-center">
${bfBadges
  .map(
    (b) => `  <span style="margin-top:0.5rem" class="mr-2" \
onclick="window.open(&#34;/tags/${b.toLowerCase().replace(/ /g, '-')}/&#34;,'_self');return false;">\n    <span class="flex" style="cursor: pointer;">\n  \
<span class="rounded-md border border-primary-400 px-1 py-[1px] text-xs font-normal text-primary-700 dark:border-primary-600 dark:text-primary-400">\n    \
${b}\n  </span>\n</span>\n  </span>`,
  )
  .join('\n')}
</div>
    </div>
${author}
    <div class="mb-5"></div>
  </header>
  <section class="flex flex-col max-w-full mt-0 prose dark:prose-invert lg:flex-row">
    <div class="order-first lg:ml-auto px-0 lg:order-last ltr:lg:pl-8 rtl:lg:pr-8">
      <div class="toc ltr:pl-5 rtl:pr-5 print:hidden lg:sticky lg:top-[140px]">
<details open id="TOCView" class="toc-right mt-0 overflow-y-scroll overscroll-contain scrollbar-thin rounded-lg ltr:-ml-5 ltr:pl-5 hidden lg:block">
  <summary class="block py-1 text-lg font-semibold cursor-pointer bg-neutral-100 text-neutral-800 ltr:-ml-5 ltr:pl-5 dark:bg-neutral-700 \
dark:text-neutral-100 lg:hidden">
    Table of Contents
  </summary>
  <div class="min-w-[220px] py-2 border-dotted ltr:-ml-5 ltr:border-l ltr:pl-5 dark:border-neutral-600">
    ${tocNav}
  </div>
</details>
<details class="toc-inside mt-0 overflow-hidden rounded-lg ltr:-ml-5 ltr:pl-5 lg:hidden">
  <summary class="py-1 text-lg font-semibold cursor-pointer bg-neutral-100 text-neutral-800 ltr:-ml-5 ltr:pl-5 dark:bg-neutral-700 dark:text-neutral-100 \
lg:hidden">
    Table of Contents
  </summary>
  <div class="py-2 border-dotted border-neutral-300 ltr:-ml-5 ltr:border-l ltr:pl-5 dark:border-neutral-600">
    ${tocNav}
  </div>
</details>
      </div>
    </div>
    <div class="min-w-0 min-h-0 max-w-fit">
      <div class="article-content max-w-prose mb-20">
        <p>${bfP1[0]}</p>
${hd('h2', 'the-setup', bfH1)}
<p>${bfP2[0]}</p>
<div
  
    class="flex px-4 py-3 rounded-md bg-primary-100 dark:bg-primary-900"
  
  >
  <span
    
      class="text-primary-400 ltr:pr-3 rtl:pl-3 flex items-center"
    
    >
    ${svg}
  </span>

  <span
    
      class="dark:text-neutral-300"
    >${bfAlert}</span>
</div>

${hd('h2', 'what-the-numbers-show', bfH2)}
${bfP3.map((p) => `<p>${p}</p>`).join('\n')}
<figure><img class="my-0 rounded-md" loading="lazy" decoding="async" fetchpriority="low" alt="Line chart of monthly median readings"
    srcset="/posts/sky-quality-year/monthly_hu8a1c_330x0_resize_q75_box.png 330w, /posts/sky-quality-year/monthly_hu8a1c_660x0_resize_q75_box.png 660w"
    src="/posts/sky-quality-year/monthly_hu8a1c_660x0_resize_q75_box.png"><figcaption>${bfCaption}</figcaption></figure>
${hd('h3', 'the-car-park', bfH3)}
${bfP4.map((p) => `<p>${p}</p>`).join('\n')}
${hd('h2', 'what-comes-next', bfH4)}
<ul>
${bfList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<p>${bfP5[0]}</p>

      </div>
<section class="flex flex-row flex-wrap justify-center pt-4 text-xl">
${['LinkedIn', 'X', 'Reddit', 'Email']
  .map(
    (s) => `    <a target="_blank" class="m-1 rounded bg-neutral-300 p-1.5 text-neutral-700 hover:bg-primary-500 \
hover:text-neutral dark:bg-neutral-700 dark:text-neutral-300" href="#" title="Share on ${s}" aria-label="Share on ${s}">\n      ${svg}\n    </a>`,
  )
  .join('\n')}
</section>
    </div>
  </section>
  <footer class="pt-8 max-w-prose print:hidden">
${author}
    <div class="pt-8">
      <hr class="border-dotted border-neutral-300 dark:border-neutral-600" />
      <div class="flex justify-between pt-3">
        <span>
          <a class="flex group mr-3" href="/posts/dew-heater/">
            <span class="mr-3 text-neutral-700 group-hover:text-primary-600 ltr:inline rtl:hidden dark:text-neutral \
dark:group-hover:text-primary-400">&larr;</span>
            <span class="flex flex-col">
              <span class="mt-[0.1rem] leading-6 group-hover:underline group-hover:decoration-primary-500">${bfRelated[0]![0]}</span>
              <span class="mt-[0.1rem] text-xs text-neutral-500 dark:text-neutral-400">
                <time datetime="2025-02-02T00:00:00&#43;00:00">${bfRelated[0]![1]}</time>
              </span>
            </span>
          </a>
        </span>
        <span>
        </span>
      </div>
    </div>
  </footer>
</article>
<section class="mt-8">
  <h2 class="mt-8 text-2xl font-extrabold mb-10">Related</h2>
  <section class="w-full grid gap-4 sm:grid-cols-2 md:grid-cols-3">
${bfRelated
  .map(
    ([t, d, r]) => `    <a href="/posts/${t.length}/" class="min-w-full">\n      <div class="min-h-full border border-neutral-200 \
dark:border-neutral-700 border-2 rounded overflow-hidden shadow-2xl relative">\n        <div class="px-6 py-4">\n          <div class="font-bold text-xl \
text-neutral-800 decoration-primary-500 hover:underline hover:underline-offset-2 dark:text-neutral" href="/posts/${t.length}/">${t}</div>\n          <div \
class="text-sm text-neutral-500 dark:text-neutral-400">\n            <div class="flex flex-row flex-wrap items-center"><time \
datetime="2025-01-01">${d}</time><span class="px-2 text-primary-500">&middot;</span><span title="Reading time">${r}</span></div>\n          </div>\n        \
</div>\n      </div>\n    </a>`,
  )
  .join('\n')}
  </section>
</section>
    </main>
${bfFooter}`;
const blowfishPost: TestPage = {
  html: bfHtml,
  name: 'heldout37-hugo-blowfish',
  kind: 'blog',
  // the alert shortcode is a note inside the article: body (its icon is an SVG, no label); the h2s and the h3 are the headings;
  // the date is the byline and so is the author box's name, twice on the page (once in gold; its "Author" label is furniture, its
  // bio too, as is the footer's copyright with the same name); word count, reading time, the "loading" views placeholder, the
  // badges, both TOC copies (entries are the headings again: in neither), the figure caption, the previous-post link with its
  // date, "Related" cards, skip link, menu (twice), breadcrumb, footer and search are furniture; the breadcrumb's hidden copy of
  // the title is the title (in neither); the nav's "Posts" (also the breadcrumb) is kept, it is no body word
  title: bfTitle,
  headings: [bfH1, bfH2, bfH3, bfH4],
  body: [...texts(bfP1), ...texts(bfP2), bfAlert, ...texts(bfP3), ...texts(bfP4), ...bfList, ...texts(bfP5)],
  bylines: ['14 March 2025', 'Imogen Tallis'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Darker Skies Notebook', ...bfNav, '1030 words', '5 mins', 'loading', ...bfBadges, 'Author', bfBio, 'Table of Contents',
    bfCaption, ...bfRelated.flat(), 'Related', 'Tags', 'RSS feed', 'Powered by Hugo & Blowfish',
  ],
};

export const HELDOUT37_B: readonly TestPage[] = [blowfishPost, astroPost];
