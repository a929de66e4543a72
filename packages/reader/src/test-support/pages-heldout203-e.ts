import { links, type TestPage, texts } from './page-kit.js';
import { cntPage } from './pages-heldout203-e2.js';

/**
 * Held-out batch 203, file e: an Apartment Therapy blog post (the top nav with "Shop", "Sign In" and the hidden mobile menu,
 * the category kicker, hed and subhed, the byline with its "Follow" button and the published time, the "Pin it" buttons on
 * photos with photo credits, an affiliate note, "Advertisement" slots, a "Read More" in-text link block, the tag list,
 * the comments (reader comments: furniture) with "Reply" and "Like", the "More Great Stories" rail, the newsletter box and the
 * footer) and, from file e2, a Condé Nast Traveller hotel review.
 */
const title = 'I Tried the “One-Basket” Laundry Rule for a Month, and My Bedroom Has Never Been Tidier';
const sub = 'It sounds too simple to work. Here is what happened when I stopped letting clean clothes pile up on the chair.';
const p1 = [
  'For as long as I can remember, there has been a chair in my bedroom that is not really a chair. It is a holding area for ' +
    'clean clothes that have not been put away, worn-once jeans, and the cardigan I might need later. Friends tell me they ' +
    'have one too. We all pretend not to see it.',
  'So when a reader wrote in about her “one-basket” rule, I decided to give it a month. The idea is simple: your household ' +
    'gets a single laundry basket, and it must be empty before anyone is allowed to start another load.',
];
const h1 = 'How the rule works';
const list = [
  'Keep one basket for clean laundry, and only one.',
  'When a load comes out of the dryer, it goes in the basket.',
  'The basket has to be folded and put away before the next load starts.',
  'Clothes that are not dirty go back on a hanger, never on the chair.',
];
const h2 = 'What changed for me';
const p2 = [
  'The first week was annoying. I wanted to wash towels on Sunday and could not, because Thursday’s load was still sitting ' +
    'in the basket. That was the point, of course, and it only happened once.',
  'By the second week, folding had become a ten-minute job I did while the kettle boiled, rather than an hour-long mountain ' +
    'I avoided on the weekend. The chair, meanwhile, started to look like a chair again.',
  'The biggest surprise was how much less laundry I did overall. When clothes go straight back into the wardrobe, you notice ' +
    'what you have, and you stop pulling clean things out of the pile and throwing them into the wash again.',
];
const h3 = 'Would I keep doing it?';
const p3 = [
  'Yes, with one change. I now allow a second, smaller basket for sheets and towels, which do not need folding in the same ' +
    'way. Otherwise the rule has stuck, and I have not seen my bedroom this tidy since I moved in.',
];
const nav = ['Home Tours', 'Organizing', 'Cleaning', 'Decorating', 'Small Spaces', 'Shopping', 'Renters'];
const credit = 'Credit: Liz Calka';
const affiliate = 'We independently select these products—if you buy from one of our links, we may earn a commission.';
const readMore = ['Read More', 'The 10-Minute Tidy That Keeps My Whole Apartment Clean'];
const tags = ['Laundry', 'Organizing', 'Bedroom'];
const comments = [
  { name: 'maplecorner', when: '3 days ago', text: 'The chair! Every single house I have lived in has had the chair. Trying this tonight.' },
  { name: 'RKNewYork', when: '2 days ago', text: 'We do this with two kids and it mostly works. The trick is nobody gets to hide laundry in the dryer.' },
];
const more = ['Clever Ways to Store Bulky Winter Coats', 'The Best Laundry Hampers You Can Buy Right Now', 'How I Finally Decluttered My Closet'];
const news = ['Get the best of Apartment Therapy in your inbox', 'Email Address', 'Sign Up'];
const foot = ['About', 'Advertise', 'Careers', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Do Not Sell My Personal Information'];
const legal = '© 2025 Apartment Therapy, LLC. All Rights Reserved.';
const ad = '<div class="Ad Ad--inline" data-ad-slot="incontent"><span class="Ad__label">Advertisement</span></div>';
const img = (i: number): string => `<figure class="Post__image"><div class="Post__pinIt"><button class="PinItButton">Pin it</button></div>
<img alt="laundry basket" src="https://cdn.apartmenttherapy.info/image/upload/f_auto/at-${i}.jpg">
<figcaption class="Post__imageCredit">${credit}</figcaption></figure>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Apartment Therapy</title><meta name="viewport" content="width=device-width">
<meta name="description" content="${sub}"><meta property="og:site_name" content="Apartment Therapy"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"One-Basket Laundry Rule",
"author":{"@type":"Person","name":"Danielle Okoro"},"datePublished":"2025-03-05T11:00:00-05:00"}</script>
<script>window.AT = {"pageType":"post","postId":37815,"channel":"organizing"};</script></head>
<body class="Post--template-standard"><div id="app"><header class="Header"><a class="Header__logo" href="/">Apartment Therapy</a>
<nav class="Header__nav"><ul>${links(nav, 'Header__navItem')}</ul></nav><a class="Header__shop" href="/shop">Shop</a>
<a class="Header__signIn" href="/login">Sign In</a>
<div class="MobileMenu" hidden><ul>${links(['Videos', 'Newsletters'], 'MobileMenu__item')}</ul></div></header>
<main><article class="Post"><div class="Post__header"><a class="Post__kicker" href="/organizing">Organizing</a>
<h1 class="Post__headline">${title}</h1><p class="Post__subHeadline">${sub}</p>
<div class="PostByline"><a class="PostByline__name" href="/authors/danielle-okoro">Danielle Okoro</a><button class="PostByline__follow">Follow</button>
<span class="PostByline__timestamp">published Mar 5, 2025</span></div></div>
${img(1)}
<div class="Post__body typography"><p class="Post__affiliate"><em>${affiliate}</em></p>
${ps(p1)}
<h2>${h1}</h2>
<ol>${list.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ad}
<h2>${h2}</h2>
${ps(p2.slice(0, 2))}
<div class="RelatedLink"><span class="RelatedLink__label">${readMore[0]}</span><a href="/tidy">${readMore[1]}</a></div>
${ps(p2.slice(2))}
${img(2)}
<h2>${h3}</h2>
${ps(p3)}
</div><div class="Post__tags"><span>Filed in:</span><ul>${links(tags, 'Post__tag')}</ul></div></article>
<section class="Comments" id="comments"><h2 class="Comments__title">Comments (2)</h2><div class="Comments__list">${comments
  .map(
    (c) => `<div class="Comment"><span class="Comment__author">${c.name}</span><time class="Comment__time">${c.when}</time>
<p class="Comment__text">${c.text}</p><button class="Comment__reply">Reply</button><button class="Comment__like">Like</button></div>`,
  )
  .join('\n')}</div><a class="Comments__login" href="/login">Log in to comment</a></section>
<section class="MoreStories"><h2>More Great Stories</h2><ul>${links(more, 'MoreStories__item')}</ul></section>${ad}
<section class="NewsletterSignup"><h2>${news[0]}</h2><form><label for="nl">${news[1]}</label><input id="nl"><button>${news[2]}</button></form></section>
</main><footer class="Footer"><ul>${links(foot, 'Footer__link')}</ul><p class="Footer__legal">${legal}</p></footer></div>
<script src="https://www.apartmenttherapy.com/packs/js/application.js" defer></script></body></html>`;

const atPage: TestPage = {
  name: 'heldout203-apartment-therapy-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([sub, ...p1, ...list, ...p2, ...p3]),
  bylines: ['Danielle Okoro', 'published Mar 5, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Apartment Therapy', ...nav, 'Shop', 'Sign In', 'Videos', 'Newsletters', 'Follow', 'Pin it', credit, affiliate, 'Advertisement',
    ...readMore, 'Filed in:', 'Laundry', 'Bedroom', 'Comments (2)', ...comments.flatMap((c) => [c.name, c.when, c.text]), 'Reply',
    'Like', 'Log in to comment', 'More Great Stories', ...more, ...news, ...foot, legal,
  ],
};

export const HELDOUT203_E: readonly TestPage[] = [atPage, cntPage];
