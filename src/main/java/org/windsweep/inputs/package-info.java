/**
 * Reading user files into physics objects, with one-line {@link org.windsweep.InvalidInputException} messages that
 * name the file, the field and the fix: {@link org.windsweep.inputs.AepCase} (reference case JSON),
 * {@link org.windsweep.inputs.TurbineFile} (turbine YAML, windsweep's layout or windIO's) and
 * {@link org.windsweep.inputs.SiteFile} (PyWake XRSite netCDF4/HDF5 wind resources).
 */
package org.windsweep.inputs;
