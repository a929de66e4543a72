/**
 * Held-out batch 81, file c4: the furniture texts of the Stack Exchange page of file c (left nav, sidebar rails, footer, cookie banner).
 */
export const seNav = ['Home', 'Questions', 'Unanswered', 'Tags', 'Users'];
export const seSide = [
  ['The Overflow Blog', ['What a decade of incident reports says about on-call', 'Shipping a design system nobody asked for']],
  ['Featured on Meta', ['Community ads for 2025', 'Changes to the close reasons on Home Improvement']],
] as const;
export const seLinked = ['Is it safe to bury UF cable without conduit under a path?'];
export const seRelated = [
  'GFCI trips when it rains, but only at night',
  'Outdoor outlet box fills with water in storms',
  'How do I test buried cable for damage?',
];
export const seHot = [
  'Why do old rail bridges have gaps between the sleepers?',
  'How can I tell if a plaster wall is load-bearing?',
  'Is there a word for a false friend in music?',
];
export const seFooter = [
  'Tour',
  'Help',
  'Chat',
  'Contact',
  'Feedback',
  'Company',
  'Stack Overflow',
  'Teams',
  'Advertising',
  'Talent',
  'About',
  'Press',
  'Legal',
];
export const seFooter2 = [
  'Privacy Policy',
  'Terms of Service',
  'Cookie Settings',
  'Cookie Policy',
  'Stack Exchange Network',
  'Technology',
  'Culture & recreation',
];
export const seCookie =
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with ' +
  'our Cookie Policy.';
