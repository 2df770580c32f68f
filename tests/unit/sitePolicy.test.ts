import { describe, expect, it } from 'vitest';
import { labelsOf, PROSE } from '../support/labelling';

/*
 * A site's statement of its terms and of its users' data (a sign-up form's "I agree" box, a
 * cookie policy) is a notice when it runs for paragraphs; a story that quotes a policy, or a
 * company's post that mentions its users once, is not one.
 */

const TERMS = [
  'Example Review Ltd owns and runs this website, and as a user you are granted a revocable licence to read it under these terms and conditions of use.',
  'We collect your name and email address when you register, so that we can send you the alerts you choose and tell our information providers who reads their work.',
  'A cookie is a small text file that our site writes to your computer. Some of our advertisers may also use cookies on our site, and we have no control over them.',
  'If you do not want us to pass your details to third parties, you may opt out at any time from the settings page of your account.',
];

describe("a site's statement of terms", () => {
  it('is a notice from its head to its last paragraph, the heads between included', () => {
    const lines = [
      ...PROSE,
      'Terms & Conditions and Privacy Statement',
      TERMS[0]!,
      TERMS[1]!,
      'Cookies',
      TERMS[2]!,
      TERMS[3]!,
    ];
    expect(labelsOf(lines)).toEqual([null, null, null, ...Array(6).fill('notice')]);
  });

  it('needs three such paragraphs close together', () => {
    expect(labelsOf([...PROSE, TERMS[0]!, TERMS[1]!])).toEqual(Array(5).fill(null));
    const apart = [TERMS[0]!, ...PROSE, PROSE[0]!, PROSE[1]!, TERMS[1]!, TERMS[3]!];
    expect(labelsOf(apart)).toEqual(Array(apart.length).fill(null));
  });

  it('reaches to the lines around it that name terms or speak as the site', () => {
    const opening =
      'We require readers to register before they read the full text of our articles.';
    const lines = [...PROSE, opening, 'Registration', ...TERMS.slice(0, 3), 'Contact', PROSE[0]!];
    expect(labelsOf(lines)).toEqual([null, null, null, ...Array(5).fill('notice'), null, null]);
  });

  it('is not an explainer that tells its reader how to guard their data', () => {
    const explainer = [
      'You can opt out of most advertising cookies in your browser’s settings, under privacy.',
      'You may also want to read the privacy policy of each site before you give it your email address.',
      'Under the law you can ask a company to delete the personal data it holds about you.',
      'Third-party trackers are harder to avoid, and an extension that blocks them helps.',
      ...PROSE,
    ];
    expect(labelsOf(explainer)).toEqual(Array(explainer.length).fill(null));
  });

  it('is not a story that quotes a policy', () => {
    const story = [
      'The regulator published the new rules on Monday. “We may share your personal information with third parties for advertising,” the old policy of the company read.',
      'Under the new rules, the company said, “you can opt out of cookies that track you across other sites at any time, from one page.”',
      'Critics said the change came late. “Users of this site never agreed to have their email addresses sold,” a lawyer for the plaintiffs told the court.',
      ...PROSE,
    ];
    expect(labelsOf(story)).toEqual(Array(story.length).fill(null));
  });
});
