import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 82, file d2: page 2 of a four-page article on a HowStuffWorks-style site (the header with channel nav and
 * "Newsletter", breadcrumbs, the headline, "By ... | Updated: ..." byline, "Page 2 of 4" with the "Contents" dropdown of the
 * page titles, the page's own heading, ad labels between paragraphs, a photo with caption and agency credit, the
 * "Prev"/"Next" pager with the next page's title, "Cite This!" with its citation, "Up Next" cards, the newsletter box and
 * the footer).
 */
const hsTitle = 'How Ice Roads Work';
const hsBuild = [
  'An ice road doesn’t start with a bulldozer. It starts with a crew on a tracked vehicle, a few weeks after freeze-up, drilling holes and ' +
    'measuring the ice. Early in the winter the natural ice on a lake might be only 20 centimeters (8 inches) thick, which will hold a person ' +
    'or a light snowmobile but nothing like a loaded truck.',
  'The first job is to get rid of the snow. Snow is a very good insulator, so a blanket of it on the surface actually slows the growth of ' +
    'the ice underneath. Crews plow a wide corridor, often 30 to 50 meters (100 to 160 feet) across, so that the cold air can reach the ice ' +
    'directly and thicken it faster.',
  'Where the ice needs help, crews flood it. Pumps draw lake water up through a hole and spray it across the surface in thin layers, each of ' +
    'which freezes within hours in temperatures of minus 30 degrees Celsius (minus 22 degrees Fahrenheit). Building up the road this way is ' +
    'slow, but flooded ice tends to be clearer and stronger than ice topped with slush.',
];
const hsCheck = [
  'Ice is a strange engineering material. It is strong, but it bends under weight, and a heavy truck pushes a shallow bowl into the surface ' +
    'that travels along with it like a wave. The thicker the ice, the more weight it can carry, and the relationship isn’t linear: doubling the ' +
    'thickness roughly quadruples the load the ice can safely bear.',
  'That’s why ice road operators check the thickness all season long. Modern crews use ground-penetrating radar towed behind a vehicle, ' +
    'which can measure the ice every few meters without drilling. Operators then set load limits for each stretch of road, which might look ' +
    'something like this:',
];
const hsLimits = [
  '25 centimeters (10 inches): light pickup trucks',
  '70 centimeters (28 inches): loaded trucks up to about 20 tonnes',
  '100 centimeters (40 inches) or more: the heaviest fuel and freight trucks',
];
const hsCheck2 = [
  'Cracks are normal and don’t necessarily mean trouble. Dry cracks, which form as the ice contracts in the cold, are usually harmless. Wet ' +
    'cracks, where water seeps up to the surface, are a different matter, and a crew will close a section of road until they have been ' +
    'flooded and refrozen.',
];
const hsNav = ['Science', 'Tech', 'Home & Garden', 'Auto', 'Culture', 'Health', 'Money', 'Animals', 'Lifestyle', 'Entertainment', 'Quizzes'];
const hsCrumbs = ['Auto', 'Auto Basics', 'Driving'];
const hsPages = ['Introduction to How Ice Roads Work', 'Building an Ice Road', 'Driving on the Ice', 'Lots More Information'];
const hsCaption = 'A fuel truck crosses a plowed ice road on a frozen lake. Crews clear snow from the surface so the ice can thicken faster.';
const hsCredit = 'Anders Vik/Northlight Images';
const hsCiteNote = 'Please copy/paste the following text to properly cite this HowItAllWorks.com article:';
const hsCiteText = 'Feld, Marcus. "How Ice Roads Work" 11 February 2025. HowItAllWorks.com. <https://auto.howitallworks.com/ice-road1.htm> 5 November 2025';
const hsUpNext = [
  'How Snow Chains Work',
  'Why Do Lakes Freeze From the Top Down?',
  'How Tire Pressure Monitoring Systems Work',
  'The World’s Longest Ice Road Runs for 400 Kilometers',
];
const hsNews = [
  'Get the best of HowItAllWorks by email!',
  'Keep up to date on: Latest Buzz · Stuff Shows & Podcasts · Tours · Weird & Wacky',
  'Sign Up',
  'By signing up you agree to our Terms of Use and Privacy Policy.',
];
const hsFoot = ['About Us', 'Advertising', 'Privacy Policy', 'Terms of Use', 'Contact Us', 'Sitemap', 'Your Privacy Choices'];
const hsCopy = 'Copyright © 2025 HowItAllWorks, a division of Fieldstone Digital Holdings, LLC';
const hsPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const hsAd = (n: number): string => `<div class="ad-container ad-inline my-6 text-center" data-ad-slot="inarticle${n}"><span class="ad-label text-xs
uppercase">Advertisement</span><div id="div-gpt-ad-inarticle-${n}" style="min-height:250px"></div></div>`;
const hsHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Building an Ice Road - How Ice Roads Work | HowItAllWorks</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Ice roads are built by plowing snow and flooding lake
ice until it is thick enough for trucks. Here's how crews build them and check that they are safe.">
<link rel="canonical" href="https://auto.howitallworks.com/ice-road1.htm"><link rel="prev" href="https://auto.howitallworks.com/ice-road.htm">
<link rel="next" href="https://auto.howitallworks.com/ice-road2.htm">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"How Ice Roads Work",
"datePublished":"2011-01-18T09:00:00-05:00",
"dateModified":"2025-02-11T11:20:00-05:00","author":[{"@type":"Person","name":"Marcus Feld"}],
"publisher":{"@type":"Organization","name":"HowItAllWorks"}}</script>
<link rel="stylesheet" href="https://www.howitallworks.com/build/css/main.6f1e2c.css">
<script>window.googletag=window.googletag||{cmd:[]};window.HIAW={"page":2,"pages":4,"channel":"auto"};</script></head>
<body class="article-page channel-auto"><a href="#main" class="sr-only focus:not-sr-only">Skip to main content</a>
<header class="site-header sticky top-0 bg-white border-b"><div class="container flex items-center justify-between h-16"><a href="/" class="logo"
aria-label="HowItAllWorks home"><svg class="h-8 w-40"><use href="#logo"></use></svg></a>
<nav class="main-nav hidden lg:block" aria-label="Channels"><ul class="flex gap-5 text-sm font-bold uppercase">${links(hsNav, 'main-nav-item')}</ul></nav>
<div class="flex items-center gap-4"><a href="/newsletter" class="btn btn-sm">Newsletter</a><button type="button" aria-label="Search" class="search-btn">
<svg class="h-5 w-5"><use href="#search"></use></svg></button></div></div></header>
<main id="main" class="container grid lg:grid-cols-[1fr_320px] gap-10 py-8"><article class="article" data-article-id="ice-road" data-page="2">
<nav class="breadcrumbs text-sm mb-4" aria-label="Breadcrumb"><ol class="flex gap-2">${links(hsCrumbs, 'breadcrumb-item')}</ol></nav>
<h1 class="article-title text-4xl font-black mb-3">${hsTitle}</h1>
<div class="byline text-sm text-gray-600 mb-4">By <a href="/author/marcus-feld.htm" class="author-link">Marcus Feld</a> <span class="divider">|</span>
<span class="date">Updated: Feb 11, 2025</span></div>
<div class="page-nav flex items-center justify-between border-y py-3 mb-6"><span class="page-count font-bold">Page 2 of 4</span>
<div class="toc-dropdown relative"><button type="button" class="toc-toggle" aria-expanded="false">Contents</button><ol
class="toc-list absolute hidden">${hsPages
  .map((t, i) => `<li class="${i === 1 ? 'active' : ''}"><a href="/ice-road${i === 0 ? '' : i}.htm">${t}</a></li>`)
  .join('\n')}</ol></div></div>
<div class="article-body prose" id="page-content"><h2 class="page-title">Building an Ice Road</h2>
<figure class="article-image my-6"><img src="https://media.howitallworks.com/ice-road-truck.jpg" alt="Fuel truck on an ice road" width="1200" height="800">
<figcaption class="text-sm text-gray-600 mt-2">${hsCaption} <span class="credit uppercase text-xs">${hsCredit}</span></figcaption></figure>
${hsPs(hsBuild.slice(0, 2))}
${hsAd(1)}
${hsPs(hsBuild.slice(2))}
<h2>Checking the Thickness</h2>
${hsPs(hsCheck)}
<ul>${hsLimits.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hsAd(2)}
${hsPs(hsCheck2)}
</div>
<nav class="pager flex justify-between items-center border-t pt-6 mt-8" aria-label="Article pages"><a href="/ice-road.htm" class="pager-prev font-bold">Prev</a>
<a href="/ice-road2.htm" class="pager-next text-right"><span class="pager-label block text-xs uppercase">Next</span><span class="pager-title font-bold">Driving
on
the Ice</span></a></nav>
<div class="cite-this mt-8 text-sm"><button type="button" class="cite-toggle font-bold">Cite This!</button><div class="cite-box hidden"><p>${hsCiteNote}</p>
<p class="citation">${hsCiteText.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p></div></div></article>
<aside class="sidebar"><div class="sticky top-20">${hsAd(3)}<section class="up-next mt-8"><h2 class="text-lg font-black uppercase mb-3">Up Next</h2><ul
class="flex flex-col gap-4">${hsUpNext
  .map(
    (t, i) => `<li class="card"><a href="/up-next-${i}.htm"><img src="https://media.howitallworks.com/up-${i}.jpg" alt="" width="100" height="75">
<span class="card-title">${t}</span></a></li>`,
  )
  .join('\n')}</ul></section></div></aside></main>
<section class="newsletter bg-blue-900 text-white py-10"><div class="container text-center"><h2 class="text-2xl font-black">${hsNews[0]}</h2>
<p class="my-2">${hsNews[1]}</p><form class="flex justify-center gap-2"><input type="email" placeholder="Email address" aria-label="Email address"
class="text-black px-3"><button type="submit" class="btn btn-yellow">${hsNews[2]}</button></form><p class="text-xs mt-2">${hsNews[3]}</p></div></section>
<footer class="site-footer bg-gray-900 text-gray-300 py-10"><div class="container"><ul class="flex flex-wrap gap-6 text-sm">${links(hsFoot)}</ul>
<p class="text-xs mt-6">${hsCopy}</p></div></footer>
<script src="https://www.howitallworks.com/build/js/main.6f1e2c.js" defer></script></body></html>`;
export const howstuffPage: TestPage = {
  html: hsHtml,
  name: 'heldout82-howstuffworks-style-paged-article',
  kind: 'blog',
  // the saved page is page 2: its own heading and paragraphs, the second heading and the load-limit list are body and
  // headings; the "Contents" page titles (the current page's one left out, as it equals a heading), "Page 2 of 4", the pager
  // with the next page's title, the caption and credit, ad labels, "Cite This!" with its citation, "Up Next", newsletter and
  // footer are furniture; "By", the author's name and "Updated: Feb 11, 2025" are bylines
  title: hsTitle,
  headings: ['Building an Ice Road', 'Checking the Thickness'],
  body: texts([...hsBuild, ...hsCheck, ...hsLimits, ...hsCheck2]),
  bylines: ['Marcus Feld', 'Updated: Feb 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', ...hsNav, 'Newsletter', ...hsCrumbs, 'Page 2 of 4', 'Contents', ...hsPages.filter((t) => t !== 'Building an Ice Road'),
    hsCaption, hsCredit, 'Advertisement', 'Prev', 'Next', 'Driving on the Ice', 'Cite This!', hsCiteNote, hsCiteText, 'Up Next', ...hsUpNext, ...hsNews,
    ...hsFoot, hsCopy,
  ])],
};
