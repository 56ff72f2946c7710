package io.github.wasmsandbox.core.wasm;
public class RW { public static void main(String[] a) throws Exception { System.out.print(CompatRewriter.rewrite(java.nio.file.Files.readString(java.nio.file.Path.of(a[0])))); } }
