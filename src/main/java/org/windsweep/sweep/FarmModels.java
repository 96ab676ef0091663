package org.windsweep.sweep;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.windsweep.physics.Turbine;
import org.windsweep.physics.WakeModels;
import org.windsweep.physics.WindFarmModel;

/**
 * One wind farm model per (farm, turbine type), built on first use and shared by every config of that pair: models
 * are immutable, and building one (the site's bins, the overlap table) costs more than many AEPs. The cache is
 * transient: each JVM builds its own rather than receiving the models in Spark's broadcast.
 */
final class FarmModels implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Farm> farms;
    private final List<Turbine> turbines;
    private final String wakeModel;
    private transient volatile Map<Integer, WindFarmModel> cache;

    FarmModels(List<Farm> farms, List<Turbine> turbines, String wakeModel) {
        this.farms = farms;
        this.turbines = turbines;
        this.wakeModel = wakeModel;
    }

    /** Safe from many threads: two threads asking at once get the same model. */
    WindFarmModel modelFor(int farmIdx, int typeIdx) {
        Map<Integer, WindFarmModel> models = cache;
        if (models == null) {
            synchronized (this) {
                if (cache == null) {
                    cache = new ConcurrentHashMap<>();
                }
                models = cache;
            }
        }
        return models.computeIfAbsent(farmIdx * turbines.size() + typeIdx, pair -> new WindFarmModel(
                turbines.get(typeIdx), farms.get(farmIdx).site(), WakeModels.byName(wakeModel)));
    }
}
