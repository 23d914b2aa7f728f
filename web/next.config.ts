import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A self-contained server for the production image (web/Dockerfile).
  output: 'standalone',
  // The monorepo root, so the standalone output traces the workspace's hoisted dependencies.
  outputFileTracingRoot: path.join(__dirname, '..'),
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
