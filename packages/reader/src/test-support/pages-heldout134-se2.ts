import { plain } from './page-kit.js';

/** Held-out batch 134, Stack Exchange kit, part 2: the post types, the template's fixed texts and the gold helpers (file se). */
export interface SeComment {
  score: string;
  text: string;
  user: string;
  date: string;
}
export interface SePost {
  id: string;
  score: string;
  /** Blocks: "```..." is a code block, "- ..." a list item, "> ..." a quoted block, anything else a paragraph. */
  blocks: readonly string[];
  user: string;
  rep: string;
  badges: readonly string[];
  when: string;
  edited?: string;
  comments: readonly SeComment[];
  accepted?: boolean;
  more?: string;
}
export interface SeSite {
  name: string;
  host: string;
  slug: string;
  title: string;
  asked: string;
  modified: string;
  viewed: string;
  tags: readonly string[];
  question: SePost;
  answers: readonly SePost[];
  notice?: string;
  blog: readonly string[];
  meta: readonly string[];
  related: readonly (readonly [string, string])[];
  hot: readonly string[];
  footerNote?: string;
}
export const seNav = ['Home', 'Questions', 'Unanswered', 'Tags', 'Chat', 'Users'];
export const seTeams = ['Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams'];
export const seMenu = ['Share', 'Improve this question', 'Follow'];
export const seAnswerMenu = ['Share', 'Improve this answer', 'Follow'];
export const seSort = ['Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)'];
export const seForm = [
  'Your Answer',
  'Please be sure to answer the question. Provide details and share your research!',
  'But avoid …',
  'Asking for help, clarification, or responding to other answers.',
  'Making statements based on opinion; back them up with references or personal experience.',
  'To learn more, see our tips on writing great answers.',
  'Sign up or log in',
  'Sign up using Google',
  'Sign up using Email and Password',
  'Post as a guest',
  'Name',
  'Email',
  'Required, but never shown',
  'Post Your Answer',
  'Discard',
  'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
];
export const seExplore = [
  'Start asking to get answers',
  'Find the answer to your question by asking.',
  'Ask question',
  'Explore related questions',
  'See similar questions with these tags.',
];
export const seSide = [
  'The Overflow Blog',
  'Featured on Meta',
  'Related',
  'Hot Network Questions',
  'Question feed',
  'Subscribe to RSS',
  'To subscribe to this RSS feed, copy and paste this URL into your RSS reader.',
];
export const seFootCompany = [
  'Stack Overflow',
  'Teams',
  'Advertising',
  'Talent',
  'About',
  'Press',
  'Legal',
  'Privacy Policy',
  'Terms of Service',
  'Cookie Settings',
  'Cookie Policy',
];
export const seFootNetwork = ['Technology', 'Culture & recreation', 'Life & arts', 'Science', 'Professional', 'Business', 'API', 'Data'];
export const seFootSocial = ['Blog', 'Facebook', 'Twitter', 'LinkedIn', 'Instagram'];
export const seFootSite = ['Tour', 'Help', 'Contact', 'Feedback'];
export const seCookie = [
  'Your privacy',
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance ' +
    'with our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
/** Plain texts of a post's paragraphs, list items and quoted blocks (code blocks are left out). */
export const seBody = (p: SePost): string[] =>
  p.blocks.filter((b) => !b.startsWith('```') && !b.startsWith('> ')).map((b) => plain(b.startsWith('- ') ? b.slice(2) : b));
/** Plain texts of a post's comments. */
export const seCommentTexts = (p: SePost): string[] => p.comments.map((c) => plain(c.text));
