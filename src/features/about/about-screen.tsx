import { PageHeading } from '../../components/ui/page-heading.tsx';
import './about.css';

/** Written by the build next to index.html (scripts/build/third-party-notices.ts) and cached for offline use. */
const NOTICES_HREF = `${import.meta.env.BASE_URL}THIRD-PARTY-NOTICES.txt`;

export function AboutScreen() {
  return (
    <section className="page prose">
      <PageHeading title="About this app" />
      <h2>The framework</h2>
      <p>
        The Consortium for School Networking (CoSN) publishes the <cite>Framework of Essential Skills of the K-12 CTO</cite>: the
        body of knowledge a school district’s chief technology officer needs, and the basis of CoSN’s Certified Education
        Technology Leader (CETL®) certification. Version 2.0 of the framework (December 2009), which this app follows, groups the
        work into four parts: Leadership and Vision; Understanding the Educational Environment; Managing Technology and Support
        Resources; and Core Values and Skills. The first three hold ten numbered skill areas; the fourth holds five core values.
      </p>
      <h2>Credit</h2>
      <p>
        The groupings, skill areas and their titles come from CoSN’s framework, and we thank CoSN for it. The descriptions,
        indicators and rating descriptors in this app are written by the app’s authors in their own words; they are not CoSN’s
        text.
      </p>
      <p>
        <strong>This app is independent. It is not made, endorsed or certified by CoSN</strong>, and using it does not confer
        CETL certification. CETL is a registered mark of the Consortium for School Networking.
      </p>
      <h2>Your answers stay on this device</h2>
      <p>
        Everything you type is saved in this browser’s storage on this device. There is no account and no server: nothing you
        enter is sent anywhere. Clearing this browser’s site data removes your assessments, so keep that in mind on a shared
        computer.
      </p>
      <h2>How to use it</h2>
      <p>
        For each indicator, choose the level that best describes your practice today, the level you are aiming for, and note the
        evidence behind your rating. Four levels — Emerging, Developing, Proficient and Leading — describe growing practice;
        choose “Not applicable” where an indicator does not fit your role. You can stop at any point and come back later.
      </p>
      <h2>Open-source software</h2>
      <p>
        This app is built with open-source packages such as React, React Router, zod and Recharts. Their names, versions and
        licences are listed in full in the <a href={NOTICES_HREF}>Third-party licences</a>.
      </p>
    </section>
  );
}
