import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 217, file b2: an Avvo legal question with lawyers' answers (header with "Find a lawyer", "Legal advice",
 * "Sign in", the practice-area breadcrumb, the question h1, "Asked in ... | n lawyer answers", the question text, each
 * answer's lawyer card with rating, "Best answer" badge, "Answered on" date, the "Helpful" vote counts and the legal
 * disclaimer under each answer, "Ask a lawyer - it's free!", "Related Questions", "Find a lawyer near you", the cookie
 * notice and the footer).
 */
const title = 'Can my landlord keep my whole deposit for carpet cleaning after 4 years?';
const q = [
  'I rented a 2 bedroom apartment in Fairbourne for just over four years and moved out on January 31. I got a letter last week saying ' +
    'the landlord is keeping my entire $1,600 deposit. The itemized list says $1,150 for replacing the living room carpet and $450 for ' +
    'cleaning and painting.',
  'The carpet was already old when I moved in and I have photos from move-in day showing stains. I did not damage it beyond normal ' +
    'wear. Do I have any options here, and is small claims worth it?',
];
const answers = [
  {
    name: 'Rebecca L. Santangelo',
    rating: '10.0',
    badge: 'Best Answer',
    date: 'Answered on Mar 2, 2025',
    helpful: '3 lawyers agree',
    text: [
      'Under your state’s security deposit statute a landlord can only deduct for damage beyond normal wear and tear, and carpet has a ' +
        'limited useful life. Most courts treat ordinary carpet as lasting somewhere between five and ten years. If the carpet was ' +
        'already worn when you moved in, the landlord will have a hard time justifying charging you the full replacement cost after ' +
        'four more years of use.',
      'Send a written demand letter by certified mail asking for the return of the deposit within 14 days, attach your move-in photos, ' +
        'and say that you will file in small claims if it is not returned. If the landlord withheld the deposit in bad faith, the ' +
        'statute allows you to recover up to twice the amount wrongfully withheld, plus filing costs.',
    ],
  },
  {
    name: 'Howard K. Nnamdi',
    rating: '9.8',
    badge: '',
    date: 'Answered on Mar 3, 2025',
    helpful: '1 lawyer agrees',
    text: [
      'I agree with my colleague. Small claims is built for exactly this situation and you do not need a lawyer to file. Bring the ' +
        'lease, the move-in checklist if you signed one, your photos and the landlord’s itemized letter. Judges see these cases every ' +
        'week and are generally skeptical of full replacement charges for old carpet.',
      'Painting after four years is also usually normal wear and tear unless there was damage such as large holes or unapproved colors.',
      'One practical point: check whether the letter arrived within the deadline your state sets for returning deposits. In many ' +
        'states a late itemization means the landlord loses the right to keep any of it.',
    ],
  },
];
const disclaimer = 'Legal Disclaimer: The response above is for general information only and does not create an attorney-client relationship.';
const nav = ['Find a lawyer', 'Legal advice', 'For lawyers', 'Sign in', 'Sign up'];
const crumbs = ['Legal Advice', 'Landlord-tenant', 'Security deposits'];
const ask = ['Ask a lawyer - it’s free!', 'Browse related questions', '90,000 lawyers ready to answer', 'Ask a question'];
const related = [
  'Landlord charged me for repainting after 3 years, is that legal?',
  'How long does a landlord have to return a security deposit?',
  'Can I sue my landlord for double the deposit in small claims?',
];
const relatedCounts = ['2 attorney answers', '4 attorney answers', '1 attorney answer'];
const findLawyer = ['Find a lawyer near you', 'Landlord-Tenant Lawyers in Fairbourne', 'Real Estate Lawyers in Fairbourne'];
const cookie = 'We use cookies to personalize content and ads and to analyze our traffic. By using Avvo you agree to our use of cookies.';
const foot = ['About Avvo', 'Careers', 'Support', 'Avvo Rating explained', 'Terms of use', 'Privacy policy', 'Do not sell my info', 'Community guidelines'];
const copy = '© 2025 Avvo Inc. All Rights Reserved';
const answer = (a: (typeof answers)[number], i: number): string => `<div class="answer-card${a.badge ? ' best-answer' : ''}" data-answer-id="84113${i}"
itemprop="${i === 0 ? 'acceptedAnswer' : 'suggestedAnswer'}" itemscope itemtype="https://schema.org/Answer">
${a.badge ? `<div class="answer-card__badge"><span class="badge badge--best">${a.badge}</span></div>` : ''}
<div class="lawyer-card"><img class="lawyer-card__photo" src="https://images.avvo.example/avatars/${i}.jpg" alt="">
<div class="lawyer-card__info"><a class="lawyer-card__name" href="/attorneys/${i}.html" itemprop="author">${a.name}</a>
<div class="lawyer-card__rating"><span class="rating-label">Rating:</span> <span class="rating-value">${a.rating}</span></div></div></div>
<div class="answer-card__body" itemprop="text">${a.text.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div class="answer-card__meta"><time class="answer-card__date" itemprop="dateCreated">${a.date}</time>
<span class="answer-card__agree">${a.helpful}</span><button class="answer-card__helpful">Helpful</button></div>
<p class="answer-card__disclaimer">${disclaimer}</p></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Avvo</title><meta name="description" content="${q[0]!.slice(0, 140)}">
<link rel="canonical" href="https://www.avvo.example/legal-answers/can-my-landlord-keep-my-whole-deposit-for-carpet-cleaning-5521890.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${title}",
"answerCount":2,"dateCreated":"2025-03-01"}}</script>
<link rel="stylesheet" href="https://static.avvo.example/assets/application-5f1a.css"><script src="https://static.avvo.example/assets/vendor-9e2c.js" defer>
</script>
</head><body class="legal-answers-show">
<header class="global-header"><a class="global-header__logo" href="/"><img src="https://static.avvo.example/logo.svg" alt="Avvo"></a>
<nav class="global-header__nav"><ul>${links(nav, 'global-header__item')}</ul></nav></header>
<main class="container" itemscope itemtype="https://schema.org/QAPage"><nav class="breadcrumbs" aria-label="breadcrumb"><ol>${links(crumbs)}</ol></nav>
<div class="row"><div class="col-md-8"><section class="question" itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<h1 class="question__title" itemprop="name">${title}</h1>
<div class="question__meta"><span class="question__location">Asked in Fairbourne, OR</span> | <span class="question__count">2 lawyer answers</span></div>
<div class="question__body" itemprop="text">${q.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div class="question__date">Asked on Mar 1, 2025</div></section>
<section class="answers"><h2 class="answers__title">2 Answers from Attorneys</h2>
${answers.map(answer).join('\n')}</section></div>
<aside class="col-md-4"><div class="ask-box"><h3>${ask[0]}</h3><a href="/legal-answers/browse">${ask[1]}</a><p>${ask[2]}</p>
<a class="btn btn-primary" href="/ask-a-lawyer">${ask[3]}</a></div>
<div class="related-questions"><h3>Related Questions</h3><ul>
${related.map((t, i) => `<li><a href="/legal-answers/${i}.html">${t}</a><span class="count">${relatedCounts[i]}</span></li>`).join('\n')}
</ul></div><div class="find-lawyer"><h3>${findLawyer[0]}</h3><ul>${links(findLawyer.slice(1))}</ul></div></aside></div></main>
<div class="cookie-notice" role="dialog"><p>${cookie}</p><button class="cookie-notice__close">Got it</button></div>
<footer class="global-footer"><ul>${links(foot)}</ul><p>${copy}</p></footer></body></html>`;

export const avvoQuestion: TestPage = {
  html,
  name: 'heldout217-avvo-legal-question',
  kind: 'forum',
  // the question and the answers are body; lawyer names, "Asked in", "Asked on" and "Answered on" lines are bylines;
  // ratings, badges, agree counts, buttons and the disclaimer under each answer are furniture
  title,
  headings: [],
  body: texts([...q, ...answers.flatMap((a) => a.text)]),
  bylines: ['Asked in Fairbourne, OR', 'Asked on Mar 1, 2025', ...answers.flatMap((a) => [a.name, a.date])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, ...crumbs, '2 lawyer answers', '2 Answers from Attorneys', 'Best Answer', 'Rating:', '10.0', '9.8', '3 lawyers agree', '1 lawyer agrees',
    'Helpful', disclaimer, ...ask, 'Related Questions', ...related, ...relatedCounts, ...findLawyer, cookie, 'Got it', ...foot, copy,
  ],
};
