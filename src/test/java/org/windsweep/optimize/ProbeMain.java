package org.windsweep.optimize; public class ProbeMain { public static void main(String[] a){ new Iea37Probe().probe(); } }
