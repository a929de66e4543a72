import { type TestPage, texts } from './page-kit.js';
import { youtubeCommunityPost } from './pages-heldout35-e2.js';

/**
 * Held-out batch 35, file e: a LinkedIn feed post with comments as the public (guest) page serves it (the guest nav with
 * Articles / People / Learning / Jobs / Games and Join now / Sign in, the activity card with actor name, headline, "2w" and
 * "Edited", Follow, the commentary as one pre-wrap paragraph with hashtag links, reaction and comment counts, Like / Comment
 * / Share, comments with author headlines, times, Like / Reply, reaction counts and an "Author" badge, "See more comments",
 * the sign-in nudge, the right rail (author card, "More Relevant Posts", "Explore topics"), the hidden sign-in modal, the
 * cookie banner and the guest footer).
 */
const liTitle = 'We cut our pager volume by 70% in one quarter without hiring anyone. Here’s what actually worked:';
const liPost = [
  '1. We deleted alerts nobody acted on. Every alert that fired more than five times in a month without a human doing anything got ' +
    'a review. Two thirds of them were removed or turned into dashboard panels.',
  '2. We made every alert link to a runbook. If there was no runbook, the alert didn’t ship. This alone stopped a lot of “just in ' + 'case” alerts.',
  '3. We moved the on-call handover to Tuesday afternoon. Monday handovers meant the incoming engineer inherited a weekend of ' +
    'half-finished investigations with nobody around to ask.',
  '4. We paid for on-call properly and tracked pages per shift as a team health metric, reviewed in the same meeting as our ' + 'reliability goals.',
  'None of this is new. The hard part was getting agreement that a quiet pager is a feature, not a sign we’re ignoring problems.',
  'What’s the one change that made the biggest difference to on-call where you work?',
];
const liTags = ['#SRE', '#OnCall', '#DevOps', '#Observability'];
const liC1 =
  'The Tuesday handover is underrated. We did the same and the number of “what’s the status of this?” messages on Monday mornings ' +
  'dropped to almost nothing.';
const liC2 =
  'Point 2 is the one I push hardest on. A runbook doesn’t need to be long. Even three lines saying who owns the service and where ' +
  'the logs are saves twenty minutes at 3 a.m.';
const liC2r = 'Agreed, Amara. Ours started as one-liners too. The ones that got used the most grew on their own.';
const liC3 = 'How did you handle teams who insisted their noisy alerts were critical? That is where we always get stuck.';
const liC3r =
  'Gordon, we asked them to carry the pager for that alert themselves for two weeks before it went back on the shared rotation. ' +
  'Most of those alerts were fixed or deleted within days.';
const liC4 =
  'Paying for on-call properly deserves more than one line. Half the burnout I have seen came from people feeling the extra hours ' +
  'were simply expected of them.';
const liAuthor = 'Nadia Fernández-Cole';
const liHead = 'Staff Site Reliability Engineer at Orrery Health | Incident response and on-call health';
type LiComment = { name: string; slug: string; head: string; when: string; text: string; reacts?: string; author?: boolean; replies?: string };
const liComment = (c: LiComment): string => `
<section class="comment flex grow-1 items-stretch" data-id="urn:li:comment:(urn:li:activity:7287104425930211328,${c.slug.length}7287)">
<a href="https://www.linkedin.com/in/${c.slug}?trk=public_post_comment_actor-image" class="comment__avatar relative shrink-0 mr-0.5"
 data-tracking-control-name="public_post_comment_actor-image"><img class="inline-block relative rounded-[50%] w-4 h-4"
 data-delayed-url="https://media.licdn.com/dms/image/v2/${c.slug}/profile-displayphoto-shrink_100_100/0/" alt="${c.name}, graphic"></a>
<div class="comment__body flex flex-col flex-grow min-w-0 w-full"><div class="comment__header flex"><div class="flex flex-col">
<a class="text-sm link-styled no-underline leading-open comment__author truncate pr-6" \
href="https://www.linkedin.com/in/${c.slug}?trk=public_post_comment_actor-name"
 data-tracking-control-name="public_post_comment_actor-name">${c.name}</a>${c.author ? '<span class="comment__author-badge">Author</span>' : ''}
<p class="!text-xs text-color-text-low-emphasis leading-[1.33333] mb-0.5 truncate comment__author-headline">${c.head}</p></div>
<span class="text-xs text-color-text-low-emphasis leading-[1.33333] comment__duration-since">${c.when}</span>
<div class="ellipsis-menu absolute right-0 top-0"><button class="ellipsis-menu__trigger" aria-label="Open menu"></button><ul class="collapsible-dropdown__list \
hidden">
<li><a href="#" data-tracking-control-name="public_post_comment_ellipsis-menu-semaphore-sign-in-redirect">Report this comment</a></li></ul></div></div>
<div class="attributed-text-segment-list__container relative mt-1 mb-1.5"><p class="attributed-text-segment-list__content comment__text !text-sm \
whitespace-pre-wrap
 break-words" dir="ltr">${c.text}</p></div><div class="comment__actions flex items-center gap-x-1"><a class="comment__action text-xs" href="#"
 data-tracking-control-name="public_post_comment_like">Like</a><a class="comment__action text-xs" href="#" \
data-tracking-control-name="public_post_comment_reply">Reply</a>
${c.reacts === undefined ? '' : `<span class="comment__reactions-count text-xs">${c.reacts}</span>`}</div>${c.replies ?? ''}</div></section>`;
const liNav = ['Articles', 'People', 'Learning', 'Jobs', 'Games', 'Get the app'];
const liTopics = ['Sales', 'Marketing', 'IT Services', 'Business Administration', 'Human Resources Management', 'Engineering', 'Soft Skills'];
const liRelated = [
  'Our incident reviews got shorter when we stopped asking “what went wrong” and started asking “what surprised us”.',
  'Five on-call practices I would keep at any company size, and two I would drop tomorrow.',
];
const liFoot = [
  'About',
  'Accessibility',
  'User Agreement',
  'Privacy Policy',
  'Your California Privacy Choices',
  'Cookie Policy',
  'Copyright Policy',
  'Brand Policy',
  'Guest Controls',
  'Community Guidelines',
];
const liHtml = `<!DOCTYPE html>
<html lang="en"><head><meta name="pageKey" content="d_public_post"><meta charset="UTF-8"><title>We cut our pager volume by 70% in one quarter without \
hiring anyone. Here’s what… | ${liAuthor} | 96 comments</title><meta property="og:title" content="We cut our pager volume by 70% | ${liAuthor}">
<meta name="description" content="${liTitle} 1. We deleted alerts nobody acted on. | 96 comments on LinkedIn">
<link rel="canonical" href="https://www.linkedin.com/posts/nadia-fc_sre-oncall-devops-activity-7287104425930211328-Qx7m">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"SocialMediaPosting","headline":"We cut our pager volume by 70%",
"author":{"@type":"Person","name":"${liAuthor}","url":"https://www.linkedin.com/in/nadia-fc"},"datePublished":"2026-01-06T14:12:07.000Z",
"commentCount":96,"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/LikeAction","userInteractionCount":1284}]}</script>
<link rel="stylesheet" href="https://static.licdn.com/aero-v1/sc/h/3cq2h4kz9ucfy5m4f6vmuz6ys"></head>
<body dir="ltr" class="overflow-hidden"><a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh] focus:top-0">Skip to main \
content</a>
<header class="header base-container-header"><nav class="nav pt-1.5 pb-2 flex items-center justify-between" aria-label="Primary">
<a href="https://www.linkedin.com/?trk=public_post_nav-header-logo" class="nav__logo-link"><span class="sr-only">LinkedIn</span><icon class="nav-logo--inbug">\
</icon></a>
<ul class="top-nav-menu flex items-center">${liNav
  .map(
    (t) => `<li><a href="https://www.linkedin.com/${t.toLowerCase()}" class="top-nav-link">${t}</a>\
</li>`,
  )
  .join('')}</ul>
<div class="nav__cta-container"><a class="nav__button-tertiary btn-md btn-tertiary" href="https://www.linkedin.com/signup/cold-join">Join now</a>
<a class="nav__button-secondary btn-secondary-emphasis btn-md" href="https://www.linkedin.com/login">Sign in</a></div></nav></header>
<main class="main papabear:flex" id="main-content" role="main"><section class="core-rail mx-auto papabear:w-core-rail-width">
<article class="relative pt-1.5 px-2 pb-0 bg-color-background-container container-lined main-feed-activity-card main-feed-activity-card-with-comments"
 data-activity-urn="urn:li:activity:7287104425930211328" data-attributed-urn="urn:li:ugcPost:7287104424621600769">
<div class="flex items-center font-sans mb-1 main-feed-card__header"><a href="https://www.linkedin.com/in/nadia-fc?trk=public_post_feed-actor-image"
 data-tracking-control-name="public_post_feed-actor-image"><img class="inline-block relative rounded-[50%] w-6 h-6" alt="View profile for ${liAuthor}"
 data-delayed-url="https://media.licdn.com/dms/image/v2/D4E03AQ/profile-displayphoto-shrink_100_100/0/"></a><div class="flex flex-col flex-grow">
<a class="text-sm link-styled no-underline leading-open" href="https://www.linkedin.com/in/nadia-fc?trk=public_post_feed-actor-name">${liAuthor}</a>
<p class="!text-xs text-color-text-low-emphasis leading-[1.33333] m-0 truncate">${liHead}</p><span class="text-xs text-color-text-low-emphasis">
<time>2w</time> <span aria-hidden="true">·</span> <span>Edited</span></span></div><a class="public-post-follow-button btn-sm btn-secondary-emphasis"
 href="https://www.linkedin.com/signup/cold-join?trk=public_post_follow">Follow</a></div>
<div class="attributed-text-segment-list__container relative mt-1 mb-1.5"><p class="attributed-text-segment-list__content text-color-text !text-sm
 whitespace-pre-wrap break-words" dir="ltr" data-test-id="main-feed-activity-card__commentary">${liTitle}

${liPost.join('\n\n')}

${liTags
  .map(
    (t) => `<a href="https://www.linkedin.com/signup/cold-join?trk=public_post-text" \
data-tracking-control-name="public_post-text">${t}</a>`,
  )
  .join(' ')}</p></div>
<div class="flex items-center font-sans text-sm babybear:text-xs main-feed-activity-card__social-actions"><a href="#" class="flex items-center"
 data-test-id="social-actions__reactions" data-num-reactions="1284"><img alt="" src="https://static.licdn.com/aero-v1/sc/h/like.svg" height="16">
<span class="font-normal ml-0.4" data-test-id="social-actions__reaction-count">1,284</span></a><a href="#" class="ml-0.5"
 data-test-id="social-actions__comments" data-num-comments="96">96 Comments</a></div>
<div class="flex items-center justify-around border-t-1 border-solid border-color-border-faint"><a class="social-action-bar__button" href="#"><span>Like</span>\
</a>
<a class="social-action-bar__button" href="#"><span>Comment</span></a><a class="social-action-bar__button" href="#"><span>Share</span></a></div>
<section class="comments-section">
${liComment({ name: 'Tobias Lindqvist', slug: 'tlindqvist', head: 'Engineering Manager at Fjordline', when: '1w', text: liC1, reacts: '24 Reactions' })}
${liComment({
  name: 'Amara Nwosu',
  slug: 'amara-nwosu',
  head: 'Principal Engineer | Platform and Developer Experience',
  when: '1w',
  text: liC2,
  reacts: '41 Reactions',
  replies: liComment({ name: liAuthor, slug: 'nadia-fc', head: liHead, when: '1w', text: liC2r, reacts: '6 Reactions', author: true }),
})}
${liComment({
  name: 'Gordon Pike',
  slug: 'gordonpike',
  head: 'Director of IT Operations',
  when: '6d',
  text: liC3,
  reacts: '3 Reactions',
  replies: liComment({ name: liAuthor, slug: 'nadia-fc', head: liHead, when: '6d', text: liC3r, reacts: '18 Reactions', author: true }),
})}
${liComment({ name: 'Sunita Rao', slug: 'sunita-rao-ops', head: 'SRE Lead · Kubernetes · Ex-Fintech', when: '4d', text: liC4, reacts: '12 Reactions' })}
</section><a class="btn-md btn-secondary-emphasis see-more-comments" href="https://www.linkedin.com/signup/cold-join">See more comments</a>
<p class="text-sm text-color-text">To view or add a comment, <a href="https://www.linkedin.com/login?trk=public_post_feed-cta-banner-cta">sign in</a></p>\
</article>
</section><section class="right-rail papabear:w-right-rail-width"><div class="author-card"><h3>${liAuthor}</h3><p>12,408 followers</p>
<ul><li><span>218</span> Posts</li></ul><a href="https://www.linkedin.com/in/nadia-fc?trk=public_post_follow-view-profile">View Profile</a>
<a href="#" class="btn-secondary-emphasis">Follow</a></div><section class="more-relevant-posts"><h2>More Relevant Posts</h2><ul>
${liRelated.map((t) => `<li class="related-post"><p class="attributed-text-segment-list__content">${t}</p></li>`).join('')}</ul></section>
<section class="explore-topics"><h2>Explore topics</h2><ul>${liTopics.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul><a href="#">Show more</a>\
</section></section>
</main><div class="contextual-sign-in-modal hidden" role="dialog" aria-modal="true"><h2>Sign in to view more content</h2>
<p>Create your free account or sign in to continue your search</p><h3>Welcome back</h3><label>Email or phone</label><label>Password</label>
<button>Show</button><a href="#">Forgot password?</a><button class="btn-primary">Sign in</button><p>New to LinkedIn? <a href="#">Join now</a></p></div>
<div class="artdeco-global-alert" role="alert"><p>LinkedIn and third parties use cookies to run, secure and improve the site and to show you relevant ads.</p>
<button>Accept</button><button>Reject</button></div>
<footer class="li-footer bg-transparent w-full"><ul class="li-footer__list"><li class="li-footer__item"><span class="sr-only">LinkedIn</span>
<span class="li-footer__copy-text">© 2026</span></li>${liFoot.map((t) => `<li class="li-footer__item"><a href="#">${t}</a></li>`).join('')}
<li class="li-footer__item"><span>Language</span></li></ul></footer></body></html>`;
const linkedinPost: TestPage = {
  html: liHtml,
  name: 'heldout35-linkedin-post',
  kind: 'forum',
  // the post has no title: its hook line (the start of the page <title>) is the title; the numbered points, the closing
  // question and the hashtag line are body, with the four comments and the author's two replies; names and the times ("2w",
  // "1w", "6d", "4d") are bylines; the headlines under names are user titles: furniture, with "Edited", Follow, counts, the
  // buttons, "Author", "Report this comment", the sign-in nudge, the right rail (author card, More Relevant Posts with its two
  // snippets, Explore topics), the hidden modal, the cookie banner, nav and footer; "People" (a word of the body) and
  // "Engineering" (a word of the headlines) are left out
  title: liTitle,
  headings: [],
  body: texts([...liPost, liTags.join(' '), liC1, liC2, liC2r, liC3, liC3r, liC4]),
  bylines: [liAuthor, '2w', 'Tobias Lindqvist', '1w', 'Amara Nwosu', 'Gordon Pike', '6d', 'Sunita Rao', '4d'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...liNav.filter((t) => t !== 'People'), 'Join now', 'Sign in', liHead, 'Edited', 'Follow', '1,284', '96 Comments', 'Like',
    'Comment', 'Share',
    'Engineering Manager at Fjordline', 'Principal Engineer | Platform and Developer Experience', 'Director of IT Operations',
    'SRE Lead · Kubernetes · Ex-Fintech', 'Author', 'Reply', 'Report this comment', '24 Reactions', '41 Reactions', '6 Reactions', '3 Reactions',
    '18 Reactions', '12 Reactions', 'See more comments', 'To view or add a comment, sign in', '12,408 followers', 'View Profile', 'More Relevant Posts',
    ...liRelated, 'Explore topics', ...liTopics.filter((t) => t !== 'Engineering'), 'Show more', 'Sign in to view more content',
    'Create your free account or sign in to continue your search', 'Welcome back', 'Email or phone', 'Password', 'Show', 'Forgot password?',
    'New to LinkedIn? Join now', 'LinkedIn and third parties use cookies to run, secure and improve the site and to show you relevant ads.', 'Accept',
    'Reject', '© 2026', ...liFoot, 'Language',
  ],
};

export const HELDOUT35_E: readonly TestPage[] = [linkedinPost, youtubeCommunityPost];
