import { links, ps, type TestPage, texts } from './page-kit.js';
import { zolaTabiPost } from './pages-heldout149-c2.js';

/**
 * Held-out batch 149, file c: a Pelican blog post on the Flex theme (the left aside with avatar, site name, subtitle, page
 * links and social icons, the top nav, the article header with "Posted on ... in" and read time, a Markdown admonition in the
 * content, the tag cloud, previous/next buttons, the "You might enjoy" related posts, the Disqus thread with its noscript
 * text, the footer with licence and "Built with Pelican", and the BlogPosting JSON-LD) and, from file c2, a Zola post on tabi.
 */
const peTitle = 'Collimating a Newtonian without a laser';
const peP1 = [
  'My first telescope was a secondhand 150 mm Newtonian, and for the first year I thought the views were simply as good as that ' +
    'aperture allowed. Then someone at the club looked through it, frowned, and spent ten minutes with a film canister and a screwdriver. ' +
    'Saturn suddenly had a Cassini division.',
  'Since then I have helped a few dozen people align their mirrors at our observing evenings. Laser collimators are handy, but cheap ' +
    'ones are often badly aligned themselves. Here is the method I teach, which needs almost nothing you cannot make at home.',
];
const peH1 = 'Why collimation matters';
const peP2 = [
  'A Newtonian has two mirrors, and both need to sit on the same optical axis as the focuser. If either is tilted even slightly, the ' +
    'light from a star does not come to a single point. Stars look like little comets, planets look soft, and no amount of focusing fixes ' +
    'it. Fast telescopes, with short focal ratios, are the most sensitive.',
];
const peH2 = 'What you need';
const peList = [
  'A collimation cap: a 35 mm film canister or a plastic bottle lid with a small hole in the exact centre.',
  'A sheet of white paper to put behind the secondary mirror.',
  'The right screwdriver or hex key for your mirror cell.',
  'A centre spot on the primary mirror. Most modern mirrors already have one.',
];
const peH3 = 'Step one: centre the secondary';
const peP3 = [
  'Point the telescope at a bright wall or the daytime sky, never the Sun, and look through the cap. Slide the paper into the tube ' +
    'opposite the focuser so the secondary mirror stands out as a clear oval.',
  'Adjust the secondary’s central bolt and its three small tilt screws until the mirror looks round and centred in the focuser, and ' +
    'you can see the whole primary mirror reflected in it. Make small turns. It is easy to overdo this step and undo your work.',
];
const peH4 = 'Step two: the primary';
const peP4 = [
  'Now use the adjustment knobs at the back of the tube to tilt the primary until the reflection of the centre spot sits inside the ' +
    'dark reflection of the cap’s hole. This usually takes only a few turns, and it is the adjustment you will make most often.',
];
const peNote =
  'Loosen the locking screws on the primary cell before you turn the adjustment knobs, and tighten them gently afterwards, or the mirror ' +
  'will drift as soon as you move the tube.';
const peH5 = 'Check it on a star';
const peP5 = [
  'On the next clear night, let the telescope cool for half an hour, put a bright star in the centre of the field at high power, and ' +
    'defocus it slightly. You should see concentric rings with the shadow of the secondary exactly in the middle. If the shadow is off to ' +
    'one side, nudge the primary towards it and check again.',
  'Once you have done this a few times it takes less than five minutes, and I check mine before every session. It is the cheapest ' + 'upgrade there is.',
];
const peNav = ['Home', 'Archives', 'Categories', 'Tags', 'Atom'];
const pePages = ['About', 'My kit', 'Observing log'];
const peTags = ['telescopes', 'collimation', 'beginners'];
const peRelated = ['Choosing a first eyepiece set on a budget', 'Dew heaters: do you need one?', 'A year of observing from a Bortle 5 garden'];
const peHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="robots" content="index, follow">
<link href="https://fonts.googleapis.com/css2?family=Source+Sans+Pro:ital,wght@0,300;0,400;0,700;1,400&amp;display=swap"
rel="stylesheet"><link rel="stylesheet" type="text/css" href="https://moorcroft.example/theme/stylesheet/style.min.css">
<link id="pygments-light-theme" rel="stylesheet" type="text/css" href="https://moorcroft.example/theme/pygments/github.min.css">
<link rel="stylesheet" type="text/css" href="https://moorcroft.example/theme/font-awesome/css/fontawesome.css">
<link href="https://moorcroft.example/feeds/all.atom.xml" type="application/atom+xml" rel="alternate" title="Gareth Moorcroft Atom">
<meta name="author" content="Gareth Moorcroft"><meta name="description" content="A simple way to align the mirrors of a Newtonian reflector with a
collimation cap.">
<meta name="keywords" content="telescopes, collimation, beginners">
<meta property="og:site_name" content="Gareth Moorcroft"><meta property="og:title" content="${peTitle}"><meta property="og:type" content="article">
<meta property="article:author" content="https://moorcroft.example/author/gareth-moorcroft.html">
<meta property="article:published_time" content="2025-03-09 20:15:00+00:00">
<meta property="article:section" content="Astronomy"><meta property="article:tag" content="telescopes">
<title>Gareth Moorcroft – ${peTitle}</title></head>
<body class="light-theme">
<aside><div><a href="https://moorcroft.example/"><img src="https://moorcroft.example/images/profile.jpg" alt="Gareth Moorcroft" title="Gareth Moorcroft"></a>
<h1><a href="https://moorcroft.example/">Gareth Moorcroft</a></h1><p>Backyard astronomy from the Fens</p>
<nav><ul class="list">${links(pePages)}</ul></nav>
<ul class="social"><li><a class="sc-mastodon" rel="me" href="https://social.example/@gmoorcroft" target="_blank"><i class="fa-brands fa-mastodon"></i></a></li>
<li><a class="sc-github" href="https://github.com/gmoorcroft" target="_blank"><i class="fa-brands fa-github"></i></a></li>
<li><a class="sc-rss" href="https://moorcroft.example/feeds/all.atom.xml" target="_blank"><i class="fa-solid fa-rss"></i></a></li></ul></div></aside>
<main><nav>${peNav.map((t) => `<a href="https://moorcroft.example/${t.toLowerCase()}.html">${t}</a>`).join('\n')}</nav>
<article class="single"><header><h1 id="collimating-a-newtonian-without-a-laser">${peTitle}</h1>
<p>
Posted on Sun 09 March 2025 in <a href="https://moorcroft.example/category/astronomy.html">Astronomy</a>

&#8226; 6 min read
</p></header>
<div>
${ps(peP1)}
<h2 id="why-collimation-matters">${peH1}</h2>
${ps(peP2)}
<h2 id="what-you-need">${peH2}</h2>
<ul>
${peList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2 id="step-one-centre-the-secondary">${peH3}</h2>
${ps(peP3)}
<p><img alt="View through a collimation cap with the secondary centred" src="https://moorcroft.example/images/collimation-cap-view.jpg"></p>
<h2 id="step-two-the-primary">${peH4}</h2>
${ps(peP4)}
<div class="admonition note">
<p class="admonition-title">Note</p>
<p>${peNote}</p>
</div>
<h2 id="check-it-on-a-star">${peH5}</h2>
${ps(peP5)}
</div>
<div class="tag-cloud"><p>
${peTags.map((t) => `<a href="https://moorcroft.example/tag/${t}.html">${t}</a>`).join('\n')}
</p></div>
<div class="neighbors">
<a class="btn float-left" href="https://moorcroft.example/dew-heaters.html" title="${peRelated[1]}">
<i class="fa fa-angle-left"></i> Previous Post
</a>
<a class="btn float-right" href="https://moorcroft.example/bortle-5-garden.html" title="${peRelated[2]}">
Next Post <i class="fa fa-angle-right"></i>
</a>
</div>
<div class="related-posts">
<h4>You might enjoy</h4>
<ul class="related-posts">
${peRelated.map((t) => `<li><a href="https://moorcroft.example/${t.slice(0, 8).toLowerCase().replace(/\W+/g, '-')}.html">${t}</a></li>`).join('\n')}
</ul>
</div>
<!-- Disqus -->
<div id="disqus_thread"></div>
<script type="text/javascript">
var disqus_shortname = 'moorcroft-astro';
var disqus_identifier = 'collimating-a-newtonian-without-a-laser';
(function() { var dsq = document.createElement('script'); dsq.async = true; dsq.src = '//' + disqus_shortname + '.disqus.com/embed.js';
(document.getElementsByTagName('head')[0] || document.getElementsByTagName('body')[0]).appendChild(dsq); })();
</script>
<noscript>
Please enable JavaScript to view comments.
</noscript>
<!-- End Disqus -->
</article>
<footer>
<p>
© 2025 Gareth Moorcroft
- This work is licensed under a <a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en" target="_blank">Creative Commons
Attribution-ShareAlike 4.0 International License</a>
</p>
<p>
Built with <a href="http://getpelican.com" target="_blank">Pelican</a> using <a href="http://bit.ly/flex-pelican" target="_blank">Flex</a> theme
</p>
</footer>
</main>
<script type="application/ld+json">
{
  "@context" : "http://schema.org",
  "@type" : "Blog",
  "name": " Gareth Moorcroft ",
  "url" : "https://moorcroft.example",
  "image": "https://moorcroft.example/images/profile.jpg",
  "description": "Backyard astronomy from the Fens"
}
</script>
</body></html>`;
const pelicanFlex: TestPage = {
  html: peHtml,
  name: 'heldout149-pelican-flex-blog',
  kind: 'blog',
  // the tag "collimation" (a word of a heading) is left out; the admonition's text is the author's own advice (body), its
  // "Note" label furniture; the site owner's name in the aside
  // and the footer is the author (byline)
  title: peTitle,
  headings: [peH1, peH2, peH3, peH4, peH5],
  body: texts([...peP1, ...peP2, ...peList, ...peP3, ...peP4, peNote, ...peP5]),
  bylines: ['Gareth Moorcroft', 'Posted on Sun 09 March 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Backyard astronomy from the Fens', ...pePages, ...peNav, 'Astronomy', 'Note', 'telescopes', 'beginners', 'Previous Post', 'Next Post', 'You might enjoy',
    ...peRelated, 'Please enable JavaScript to view comments.', '© 2025 Gareth Moorcroft', 'This work is licensed under a',
    'Creative Commons Attribution-ShareAlike 4.0 International License', 'Built with Pelican using Flex theme',
  ],
};

export const HELDOUT149_C: readonly TestPage[] = [pelicanFlex, zolaTabiPost];
