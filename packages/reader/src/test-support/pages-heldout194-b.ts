import { links, ps, type TestPage, texts } from './page-kit.js';
import { nautilusArticle } from './pages-heldout194-b2.js';

/**
 * Held-out batch 194, file b: a Marginalian post (the one-author WordPress theme: masthead with the menu, the date over the
 * title with no author name, the post text with long quotations in blockquotes, art with captions, the closing "Complement
 * with" paragraph, the in-post "Donating = Loving" appeal after the text, the sidebar with the donation box, the Sunday
 * newsletter sign-up and "Also" promos, the share links and the footer) and, from file b2, a Nautilus article.
 */
const mgTitle = 'Agathe Lindqvist on the Patience of Moths and the Art of Waiting Well';
const mgP1 = [
  `“The moth does not hurry toward the lamp,” the Swedish naturalist Agathe Lindqvist wrote in a letter to her sister in the
summer of 1887, “it only appears to, because we see nothing of the hours it spent waiting in the bark.”`,
  `Lindqvist (March 2, 1851–November 19, 1903) spent most of her adult life on a small farm outside Vadsbro, where she raised
moths from eggs in glass jars on her kitchen windowsill and recorded, in a hand so small it required a magnifying glass to
read, every change she saw. Her notebooks, forty-one of them, were never published in her lifetime. What survives in print is
a slim volume of letters, The Windowsill Correspondence, collected by her niece in 1921 and long out of print.`,
  `Reading them now, one finds not a treatise on entomology but something closer to a manual for living with time. Again and
again, Lindqvist returns to the long dormancy of the pupa, the weeks and sometimes months in which nothing visible happens:`,
];
const mgQ1 = [
  `I have learned more from the jars in which nothing moves than from those in which everything does. A caterpillar is busy and
easy to admire. The pupa asks something harder of the one who watches it. It asks you to believe in a change you cannot see,
and to go on believing in it through the whole of the winter.`,
];
const mgP2 = [
  `It is tempting to read this as a metaphor, and Lindqvist was not above metaphor. But what moves me most is how literal her
patience was. She kept one jar of pupae of the emperor moth for two full years, after a neighbour told her they were surely
dead, because she had read that the species could wait out a bad spring. In the third May, eleven of the fourteen emerged.`,
  `In a later letter, written after the death of her husband, she turns the lesson on herself:`,
];
const mgQ2 = [
  `People ask me how I bear the evenings. I tell them that I have become a kind of pupa. I am not idle; I am only doing the part
of the work that does not show. Whether anything will come out of the jar I do not know. But I have seen what comes out of
other jars, and so I keep the lid on and the window clean.`,
];
const mgP3 = [
  `There is a particular courage in this, the courage of the unwitnessed interval. We live in a culture that mistakes visibility
for progress and stillness for failure, and it is bracing to encounter a mind that understood, with the exactitude of long
observation, that the most consequential transformations happen out of sight, in the dark, on their own schedule.`,
  `Lindqvist’s final notebook ends mid-sentence, with a description of a jar of pupae she had collected that autumn and would not
live to see emerge. Her niece, who inherited the jars along with the notebooks, recorded in the margin the following June a
single line: “Nine came out. She was right about the cold.”`,
  `Complement with the naturalist Oskar Fält on the slow intelligence of lichens and this lovely meditation on dormancy as a
form of hope, then revisit the poet Lena Borg on learning to wait.`,
];
const mgCaptions = [
  'Emperor moth from an 1889 Swedish plate book of Lepidoptera. (Available as a print.)',
  'One of Agathe Lindqvist’s notebooks, 1894. (Vadsbro Parish Archive.)',
];
const mgNav = ['Archive', 'About', 'Newsletter', 'Donate', 'Contact'];
const mgDonate = [
  'Donating = Loving',
  `For twenty years, I have been spending countless hours and thousands of dollars each month composing this labor of love,
which remains free and ad-free, kept alive by reader patronage.`,
  'If this labor makes your own life more livable in any way, please consider aiding its sustenance with a donation.',
  'monthly donation',
  'one-time donation',
];
const mgNews = [
  'The Marginalian Newsletter',
  `Each Sunday, a free digest of the week’s most mind-broadening and heart-lifting reading arrives in your inbox. Here is what to
expect.`,
  'your email address',
  'Sign Up',
];
const mgAlso = ['Also:', 'The Best of The Marginalian', 'Figuring', 'The Universe in Verse'];
const mgTags = ['Filed under:', 'Agathe Lindqvist', 'books', 'letters', 'nature', 'science'];
const mgRelated = ['Related Reads', 'A Lichenologist’s Field Notes on Slowness', 'The Poetics of Dormancy', 'Hibernation and the Mercy of Rest'];
const mgShare = ['Share on X', 'Share on Facebook', 'Email', 'Print'];
const mgFoot = ['Privacy Policy', 'RSS', '© 2006–2025 The Marginalian. All rights reserved.'];
const mgFig = (src: string, cap: string): string => `<figure class="wp-block-image size-large"><img decoding="async" width="680" height="900"
src="https://www.themarginalian.org/wp-content/uploads/2025/10/${src}" alt=""
class="wp-image-88123"><figcaption class="wp-element-caption">${cap}</figcaption></figure>`;
const mgHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agathe Lindqvist on the Patience of Moths and the Art of Waiting Well – The Marginalian</title>
<meta name="description" content="A nineteenth-century naturalist on what the pupa teaches about living with time.">
<meta property="og:type" content="article"><meta property="og:title" content="${mgTitle}"><meta property="og:site_name" content="The Marginalian">
<meta property="article:published_time" content="2025-10-08T11:04:22+00:00"><link rel="canonical"
href="https://www.themarginalian.org/2025/10/08/agathe-lindqvist-moths/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${mgTitle}","datePublished":"2025-10-08T11:04:22+00:00",
"publisher":{"@type":"Organization","name":"The Marginalian"}}</script>
<link rel="stylesheet" id="marginalian-style-css" href="https://www.themarginalian.org/wp-content/themes/marginalian/style.css?ver=6.3" media="all">
</head><body class="post-template-default single single-post postid-88120 single-format-standard">
<div id="wrapper"><header id="masthead"><div id="logo"><a href="https://www.themarginalian.org/" title="The Marginalian">
<img src="https://www.themarginalian.org/wp-content/themes/marginalian/images/logo.svg" alt="The Marginalian"></a></div>
<nav id="menu" role="navigation"><ul class="menu">${links(mgNav, 'menu-item')}</ul>
<form role="search" method="get" id="searchform" class="searchform" action="https://www.themarginalian.org/"><label class="screen-reader-text" for="s">
Search for:</label><input type="text" value="" name="s" id="s" placeholder="Search"><input type="submit" id="searchsubmit" value="Search"></form></nav></header>
<div id="content"><div id="main"><article id="post-88120" class="post-88120 post type-post status-publish format-standard hentry category-books">
<div class="entry-date"><time datetime="2025-10-08">October 8, 2025</time></div>
<h1 class="entry-title">${mgTitle}</h1>
<div class="entry-content">
${ps(mgP1)}
<blockquote class="wp-block-quote">${ps(mgQ1)}</blockquote>
${mgFig('emperor-moth.jpg', mgCaptions[0] as string)}
${ps(mgP2)}
<blockquote class="wp-block-quote">${ps(mgQ2)}</blockquote>
${mgFig('lindqvist-notebook.jpg', mgCaptions[1] as string)}
${ps(mgP3)}
<div class="donation-ask"><h3>${mgDonate[0]}</h3><p>${mgDonate[1]}</p><p>${mgDonate[2]}</p>
<div class="donate-buttons"><a class="button" href="https://www.themarginalian.org/donate/?monthly">${mgDonate[3]}</a>
<a class="button" href="https://www.themarginalian.org/donate/">${mgDonate[4]}</a></div></div>
<div class="share-bar"><a class="share-x" href="https://x.com/intent/tweet?url=">${mgShare[0]}</a>
<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=">${mgShare[1]}</a><a class="share-email" href="mailto:?">${mgShare[2]}</a>
<a class="share-print" href="javascript:window.print()">${mgShare[3]}</a></div>
<div class="entry-tags">${mgTags[0]} ${mgTags
  .slice(1)
  .map((t) => `<a href="/tag/${t.replace(' ', '-')}/" rel="tag">${t}</a>`)
  .join(', ')}</div>
<div class="related-reads"><h3>${mgRelated[0]}</h3><ul>${links(mgRelated.slice(1), 'related-read')}</ul></div>
</div></article></div>
<aside id="sidebar"><div class="widget widget-donate"><h3 class="widget-title">${mgDonate[0]}</h3><p>${mgDonate[1]}</p>
<a class="button" href="https://www.themarginalian.org/donate/?monthly">${mgDonate[3]}</a><a class="button" href="https://www.themarginalian.org/donate/">
${mgDonate[4]}</a></div>
<div class="widget widget-newsletter"><h3 class="widget-title">${mgNews[0]}</h3>
<p>${(mgNews[1] as string).replace('Here is what to\nexpect.', '<a href="/newsletter/">Here is what to expect.</a>')}</p>
<form action="https://themarginalian.us.list-manage.example/subscribe/post" method="post"><input type="email" name="EMAIL" placeholder="${mgNews[2]}">
<label class="screen-reader-text" for="mce-EMAIL">${mgNews[2]}</label><button type="submit">${mgNews[3]}</button></form></div>
<div class="widget widget-also"><h3 class="widget-title">${mgAlso[0]}</h3><ul>${links(mgAlso.slice(1))}</ul></div></aside></div>
<footer id="footer"><ul class="footer-links">${links(mgFoot.slice(0, 2))}</ul><p class="copyright">${mgFoot[2]}</p></footer></div>
<script src="https://www.themarginalian.org/wp-content/themes/marginalian/js/site.js?ver=6.3" id="marginalian-js"></script></body></html>`;
const marginalian: TestPage = {
  html: mgHtml,
  name: 'heldout194-marginalian-post',
  kind: 'blog',
  // the quotations in blockquotes and the closing "Complement with" paragraph are body; the date over the title is the only
  // byline; captions, the donation ask (in the post and in the sidebar), newsletter, "Also" promos, share links, search,
  // tags, related reads, menu and footer are furniture
  title: mgTitle,
  headings: [],
  body: texts([...mgP1, ...mgQ1, ...mgP2, ...mgQ2, ...mgP3]),
  bylines: ['October 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mgNav, 'Search for:', ...mgCaptions, ...texts(mgDonate), ...mgShare, ...mgTags, ...mgRelated, ...texts(mgNews), ...mgAlso, ...mgFoot,
  ],
};

export const HELDOUT194_B: readonly TestPage[] = [marginalian, nautilusArticle];
