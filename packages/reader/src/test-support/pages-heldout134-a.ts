import { type TestPage, texts } from './page-kit.js';
import {
  rdBookmarks,
  rdComments,
  rdCookie,
  rdHtml,
  rdMore,
  rdMoreMeta,
  rdNavTop,
  rdPolicy,
  rdResources,
  rdResources2,
  rdRules,
  rdTitle,
  rdTopics,
} from './pages-heldout134-a2.js';
import { auHtml, auSite } from './pages-heldout134-a3.js';
import {
  type SeSite,
  seAnswerMenu,
  seBody,
  seCommentTexts,
  seCookie,
  seExplore,
  seFootCompany,
  seFootNetwork,
  seFootSite,
  seFootSocial,
  seForm,
  seMenu,
  seNav,
  seSide,
  seSort,
  seTeams,
} from './pages-heldout134-se2.js';

/**
 * Held-out batch 134, file a: a new Reddit (shreddit) link post to a local news story with its comment tree (file a2), and
 * an Ask Ubuntu question with comments and three answers (file a3, on the Stack Exchange kit).
 */
const uniq = (a: readonly string[]): string[] => [...new Set(a)];

const reddit: TestPage = {
  html: rdHtml,
  name: 'heldout134-reddit-link-post-forum',
  kind: 'forum',
  // a link post has no self text: the comments are the body; user names, OP's name in the credit bar and the "ago" times are
  // bylines; the OP badge, scores, action rows, the link card's domain, flair, sidebar and "More posts" cards are furniture
  title: rdTitle,
  headings: [],
  body: rdComments.flatMap((c) => texts(c.text)),
  bylines: uniq(['fernhill_cyclist', '9 hr. ago', ...rdComments.flatMap((c) => [c.user, c.ago])]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'r/Dunmore', 'Get App', 'Log In', ...rdNavTop, 'TOPICS', ...rdTopics, 'RESOURCES', ...rdResources, ...rdResources2,
    ...rdPolicy, 'Reddit, Inc. © 2025. All rights reserved.', 'Local News', 'dunmoreledger.example', '412', '96', 'Award', 'Share',
    'Join the conversation', 'Sort by:', 'Best', 'Search Comments', 'OP', ...rdComments.map((c) => c.score), 'Reply', '1 more reply',
    'View more comments', 'More posts you may like', ...rdMore, ...rdMoreMeta.slice(1), 'Join',
    'News, events and discussion for Dunmore and the villages along the estuary.', 'Created Jun 14, 2011', 'Public', '18K', 'Members', '57',
    'Online', 'Community Bookmarks', ...rdBookmarks, 'R/DUNMORE RULES', ...rdRules, 'Moderators', 'Message Mods', 'u/harbourmaster_d',
    'u/estuary_ed', 'View all moderators', rdCookie, 'For more information, see our Cookie Notice and our Privacy Policy.', 'Accept All',
    'Reject Optional Cookies',
  ]),
};

/** Gold of a Stack Exchange question page: posts and comments are body, names, asked / answered / edited lines and dates bylines. */
export const seGold = (s: SeSite): Pick<TestPage, 'title' | 'headings' | 'body' | 'bylines' | 'furniture'> => {
  const posts = [s.question, ...s.answers];
  return {
    title: s.title,
    headings: [],
    body: posts.flatMap((p) => [...seBody(p), ...seCommentTexts(p)]),
    bylines: uniq([
      `Asked ${s.asked}`,
      `Modified ${s.modified}`,
      `asked ${s.question.when}`,
      ...s.answers.map((a) => `answered ${a.when}`),
      ...posts.flatMap((p) => [p.user, ...(p.edited ? [p.edited] : []), ...p.comments.flatMap((c) => [c.user, c.date])]),
    ]),
    // biome-ignore format: the furniture texts are packed several to a line to keep the file short
    furniture: uniq([
      'Skip to main content', s.name, 'Log in', 'Sign up', ...seNav, 'Teams', ...seTeams, 'Ask Question', `Viewed ${s.viewed}`, ...s.tags, ...seMenu,
      ...seAnswerMenu,
      ...posts.flatMap((p) => [p.score, p.rep, ...p.badges.filter((b) => b !== ''), ...p.comments.map((c) => c.score)]).filter((x) => x !== '0'),
      ...posts.flatMap((p) => (p.more ? [p.more] : [])), 'Add a comment', `${s.answers.length} Answers`, 'Sorted by:', ...seSort, ...seForm, ...seExplore,
      ...seSide, ...s.blog, ...s.meta, ...s.related.flat(), ...s.hot, 'Company', 'Stack Exchange Network', ...seFootSite, ...seFootCompany,
      ...seFootNetwork, ...seFootSocial, ...(s.footerNote ? [s.footerNote] : []), 'Site design / logo © 2025 Stack Exchange Inc', 'CC BY-SA',
      'rev 2025.3.7.23251', ...seCookie,
    ]),
  };
};

const askUbuntu: TestPage = {
  html: auHtml,
  name: 'heldout134-askubuntu-question-forum',
  kind: 'forum',
  // the question, answers and all comments are body (code blocks in neither list); the vote counts, reputation and badge
  // counts, tags, post menus, the guest answer form, the sidebar and footer are furniture
  ...seGold(auSite),
};

export const HELDOUT134_A: readonly TestPage[] = [reddit, askUbuntu];
