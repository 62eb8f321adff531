declare module '@vercel/ncc' {
  interface NccOptions {
    minify?: boolean;
    sourceMap?: boolean;
    license?: string;
    quiet?: boolean;
    target?: string;
    transpileOnly?: boolean;
    externals?: string[];
  }
  interface NccResult {
    code: string;
    assets: Record<string, { source: Buffer | string }>;
  }
  export default function ncc(entry: string, options?: NccOptions): Promise<NccResult>;
}
